// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskplugin.h"

#include "kioskscreen.h"

#include <QCoreApplication>

std::unique_ptr<QCoreApplication> KioskPlugin::createApplication(int &argc, char **argv)
{
    return KioskScreen::createApplication(argc, argv);
}

std::unique_ptr<QObject> KioskPlugin::startIfDisplay(const ScreenServices &services)
{
    return KioskScreen::startIfDisplay(services);
}
