// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenplatform.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
const QByteArray offscreen = QByteArrayLiteral("offscreen");

bool hasDrmDevice()
{
    return !QDir(u"/dev/dri"_s).entryList({u"card*"_s}, QDir::System).isEmpty();
}
} // namespace

QByteArray ScreenPlatform::requested(const QProcessEnvironment &environment)
{
    QByteArray name = environment.value(u"QT_QPA_PLATFORM"_s).toLocal8Bit();
    if (name.isEmpty()) {
        if (!environment.value(u"WAYLAND_DISPLAY"_s).isEmpty())
            name = "wayland";
        else if (!environment.value(u"DISPLAY"_s).isEmpty())
            name = "xcb";
        else
            name = "eglfs";
    }
    if (name.startsWith("eglfs") && !hasDrmDevice())
        return "eglfs (no DRM device)";
    return name;
}

QByteArray ScreenPlatform::withFallback(const QByteArray &requested)
{
    if (requested.contains(' ')) // a plugin known not to start (see requested())
        return offscreen;
    if (requested.split(';').contains(offscreen))
        return requested;
    return requested + ';' + offscreen;
}

bool ScreenPlatform::hasDisplay(const QByteArray &requested, const QString &runningPlatform)
{
    return runningPlatform != QLatin1StringView(offscreen) || requested.split(';').contains(offscreen);
}
