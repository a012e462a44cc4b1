// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiobackend.h"

using namespace Qt::StringLiterals;

QUrl AudioBackend::sourceUrl(const QString &source)
{
    if (source.startsWith("http://"_L1) || source.startsWith("https://"_L1))
        return QUrl(source, QUrl::StrictMode);
    return QUrl::fromLocalFile(source);
}
