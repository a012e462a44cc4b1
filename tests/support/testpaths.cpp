// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"

#include <QProcessEnvironment>

namespace TestPaths {

QString serverBinary()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("OMB_SERVER_BINARY"));
}

QString sourceDir()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("OMB_SOURCE_DIR"));
}

QString coverTool()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("OMB_COVER_TOOL"));
}

} // namespace TestPaths
