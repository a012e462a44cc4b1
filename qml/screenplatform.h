// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>

// Which platform plugin the kiosk asks for, so that a box without a display never aborts: Qt ends the
// process when no plugin of QT_QPA_PLATFORM starts, so offscreen is always listed last. The music goes on;
// the screen stays off and says so in the log.
class ScreenPlatform
{
public:
    // The plugin the screen is meant for: QT_QPA_PLATFORM, else wayland or xcb when their display is named,
    // else eglfs (a box's panel). eglfs without a DRM device counts as no display (its plugin aborts).
    static QByteArray requested(const QProcessEnvironment &environment);
    // The value of QT_QPA_PLATFORM to set before the QGuiApplication is built.
    static QByteArray withFallback(const QByteArray &requested);
    // After the QGuiApplication exists: did the requested plugin start?
    static bool hasDisplay(const QByteArray &requested, const QString &runningPlatform);
};
