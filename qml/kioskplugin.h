// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenplugin.h"

// UI=kiosk as a plugin (openmusicbox-kiosk.so): KioskScreen, its QML module and QtGui/QtQml/QtQuick are
// mapped only by a box that shows a screen.
class KioskPlugin : public QObject, public ScreenPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OpenMusicBox_ScreenPlugin_iid)
    Q_INTERFACES(ScreenPlugin)
public:
    std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv) override;
    std::unique_ptr<QObject> startIfDisplay(const ScreenServices &services) override;
};
