// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskscreen.h"

#include "screenplatform.h"
#include "system/logging.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(OpenMusicBox_UiPlugin)

using namespace Qt::StringLiterals;

namespace {
// What the screen asked for, kept on the application object until the screen starts.
constexpr char requestedPlatformProperty[] = "ombRequestedPlatform";
} // namespace

std::unique_ptr<QCoreApplication> KioskScreen::createApplication(int &argc, char **argv)
{
    const QByteArray requested = ScreenPlatform::requested(QProcessEnvironment::systemEnvironment());
    qputenv("QT_QPA_PLATFORM", ScreenPlatform::withFallback(requested));
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    app->setProperty(requestedPlatformProperty, requested);
    return app;
}

std::unique_ptr<KioskScreen> KioskScreen::startIfDisplay(const ScreenServices &services)
{
    const QByteArray requested = qApp->property(requestedPlatformProperty).toByteArray();
    if (!ScreenPlatform::hasDisplay(requested, QGuiApplication::platformName())) {
        qCWarning(lcUi).noquote() << "no display: the platform plugin" << QString::fromLocal8Bit(requested)
                                  << "could not start; the screen stays off and the box runs headless";
        return nullptr;
    }
    auto screen = std::make_unique<KioskScreen>(services);
    if (!screen->load())
        return nullptr;
    qCInfo(lcUi).noquote() << "screen on" << QGuiApplication::platformName();
    return screen;
}

KioskScreen::KioskScreen(const ScreenServices &services, QObject *parent)
    : QObject(parent)
    , m_viewModels(services)
{
    m_engine.addImportPath(u"qrc:/"_s);
}

KioskScreen::~KioskScreen() = default;

bool KioskScreen::load()
{
    m_language.apply(m_viewModels.parentMode.language());
    connect(&m_viewModels.parentMode, &ParentModeViewModel::languageChanged, this,
            [this](const QString &language) { m_language.apply(language); });
    m_engine.setInitialProperties({
        {u"nowPlaying"_s, QVariant::fromValue(&m_viewModels.nowPlaying)},
        {u"playlists"_s, QVariant::fromValue(&m_viewModels.playlists)},
        {u"tagLink"_s, QVariant::fromValue(&m_viewModels.tagLink)},
        {u"status"_s, QVariant::fromValue(&m_viewModels.status)},
        {u"parentMode"_s, QVariant::fromValue(&m_viewModels.parentMode)},
        {u"dimmer"_s, QVariant::fromValue(&m_viewModels.dimmer)},
        {u"shutdownNotice"_s, QVariant::fromValue(&m_viewModels.shutdownNotice)},
    });
    m_engine.load(QUrl(u"qrc:/OpenMusicBox/Ui/Main.qml"_s));
    QQuickWindow *shown = window();
    if (!shown) {
        qCWarning(lcUi) << "the screen's QML did not load";
        return false;
    }
    shown->installEventFilter(this);
    // Once: the start-to-first-frame benchmark and a person reading the log both want to know.
    m_firstFrame = connect(shown, &QQuickWindow::frameSwapped, this, [this] {
        disconnect(m_firstFrame);
        qCInfo(lcUi) << "first frame shown";
    });
    return true;
}

QQuickWindow *KioskScreen::window() const
{
    const QList<QObject *> roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

// Every touch is activity for the dimmer and the idle shutdown; the one that wakes a dim screen or calls off
// a shutdown does nothing else.
bool KioskScreen::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin: {
        const bool wasDimmed = m_viewModels.dimmer.isDimmed();
        const bool wasWarning = m_viewModels.shutdownNotice.isPending();
        m_viewModels.dimmer.wake();
        m_viewModels.shutdownNotice.keepOn();
        if (wasDimmed || wasWarning)
            return true;
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
