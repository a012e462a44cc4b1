// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenservices.h"

#include <QObject>
#include <QtPlugin>

#include <memory>

class QCoreApplication;

// The box's own screen (UI=kiosk) as a plugin loaded at run time, so that a headless box never maps QtGui,
// QtQml or QtQuick. The daemon loads it before any application object exists, because the screen needs a
// QGuiApplication where a headless box has a QCoreApplication.
class ScreenPlugin
{
public:
    virtual ~ScreenPlugin() = default;
    // The QGuiApplication, with a platform plugin that always starts (an offscreen fallback).
    virtual std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv) = 0;
    // After the services started: the screen when a display was found, else a log line and null (the box runs
    // on headless). Destroyed before the services it binds to.
    virtual std::unique_ptr<QObject> startIfDisplay(const ScreenServices &services) = 0;
};

#define OpenMusicBox_ScreenPlugin_iid "org.openmusicbox.ScreenPlugin/1"
Q_DECLARE_INTERFACE(ScreenPlugin, OpenMusicBox_ScreenPlugin_iid)
