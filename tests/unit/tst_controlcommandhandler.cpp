// SPDX-License-Identifier: GPL-3.0-or-later
// ControlCommandHandler: physical controls drive the real PlaybackController (over a fake audio backend).

#include "config/settings.h"
#include "controls/controlcommandhandler.h"
#include "fakeaudiobackend.h"
#include "fakeplayerlibrary.h"
#include "manualclock.h"
#include "playback/playbackcontroller.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_ControlCommandHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void toggleWithNothingLoadedPlaysTheLastPlaylist();
    void toggleNextPrevious();
    void volumeSteps();

private:
    Settings m_settings;
    FakePlayerLibrary m_library;
    std::unique_ptr<FakeAudioBackend> m_backend;
    ManualClock m_clock;
    std::unique_ptr<PlaybackController> m_controller;
    std::unique_ptr<ControlCommandHandler> m_handler;
};

void tst_ControlCommandHandler::init()
{
    m_library = FakePlayerLibrary();
    m_library.add(FakePlayerLibrary::makePlaylist(u"pl"_s, 3));
    m_backend = std::make_unique<FakeAudioBackend>();
    m_controller = std::make_unique<PlaybackController>(PlaybackController::Config::fromSettings(m_settings),
                                                        m_library, m_clock);
    m_controller->attachBackend(m_backend.get());
    m_handler = std::make_unique<ControlCommandHandler>(*m_controller);
}

void tst_ControlCommandHandler::toggleWithNothingLoadedPlaysTheLastPlaylist()
{
    m_handler->execute({ControlAction::TogglePlayPause, 1}); // nothing ever played: nothing happens
    QVERIFY(!m_controller->isLoaded());
    QVERIFY(m_controller->startPlaylist(u"pl"_s, PlaybackController::StartMode::FromStart));
    m_controller->onPlaylistRemoved(u"pl"_s); // unloaded, but remembered as the last active one
    QVERIFY(!m_controller->isLoaded());
    QCOMPARE(m_controller->lastActivePlaylistId(), u"pl"_s);
    m_handler->execute({ControlAction::TogglePlayPause, 1});
    QVERIFY(m_controller->isPlaying());
    QCOMPARE(m_controller->loadedPlaylistId(), u"pl"_s);
}

void tst_ControlCommandHandler::toggleNextPrevious()
{
    QVERIFY(m_controller->startPlaylist(u"pl"_s, PlaybackController::StartMode::FromStart));
    m_handler->execute({ControlAction::TogglePlayPause, 1});
    QCOMPARE(m_controller->state(), PlaybackController::State::Paused);
    m_handler->execute({ControlAction::TogglePlayPause, 1});
    QCOMPARE(m_controller->state(), PlaybackController::State::Playing);
    m_handler->execute({ControlAction::Next, 1});
    QCOMPARE(m_controller->trackIndex(), 1);
    m_handler->execute({ControlAction::Previous, 1});
    QCOMPARE(m_controller->trackIndex(), 0);
}

void tst_ControlCommandHandler::volumeSteps()
{
    const int start = m_controller->volume();
    m_handler->execute({ControlAction::VolumeUp, 3});
    QCOMPARE(m_controller->volume(), start + 3 * m_settings.volumeStep);
    m_handler->execute({ControlAction::VolumeDown, 1});
    QCOMPARE(m_controller->volume(), start + 2 * m_settings.volumeStep);
}

QTEST_GUILESS_MAIN(tst_ControlCommandHandler)
#include "tst_controlcommandhandler.moc"
