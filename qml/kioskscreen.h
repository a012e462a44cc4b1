// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenlanguage.h"
#include "screenviewmodels.h"

#include <QObject>
#include <QQmlApplicationEngine>

#include <memory>

class QCoreApplication;
class QQuickWindow;

// The box's own screen in the box's process (UI=kiosk): its view models over the services, and the QML engine
// that shows them. Built after the services exist, destroyed before them.
class KioskScreen : public QObject
{
    Q_OBJECT
public:
    // The QGuiApplication for UI=kiosk, with a platform plugin that always starts (see ScreenPlatform).
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
    // The screen, when the platform plugin found a display; else a log line and null (the box runs on).
    static std::unique_ptr<KioskScreen> startIfDisplay(const ScreenServices &services);

    explicit KioskScreen(const ScreenServices &services, QObject *parent = nullptr);
    ~KioskScreen() override;

    // Loads the QML; false (logged) when it does not load.
    bool load();
    QQuickWindow *window() const;
    QQmlApplicationEngine &engine() { return m_engine; }
    ScreenViewModels &viewModels() { return m_viewModels; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ScreenViewModels m_viewModels;
    QQmlApplicationEngine m_engine;
    ScreenLanguage m_language {m_engine};
    QMetaObject::Connection m_firstFrame;
};
