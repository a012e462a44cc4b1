// SPDX-License-Identifier: GPL-3.0-or-later
// PlayerStateService: the complete PlayerState of PROTOCOL.md §3 and its events (state:volume_changed before
// state:player, nothing for position-only changes, state:player before state:track_position).

#include "fakeaudiobackend.h"
#include "fakeplayerlibrary.h"
#include "manualclock.h"
#include "playback/playbackcontroller.h"
#include "playback/playerstateservice.h"
#include "playback/sleeptimer.h"
#include "playback/trackprogressservice.h"
#include "realtime/statemanager.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PlayerStateService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingLoaded();
    void playingState();
    void eventOrderOnStart();
    void volumeEvents();
    void positionOnlyChangesPublishNothing();
    void titleChangeRepublishes();
    void sleepTimerChangesRepublishButItsCountdownDoesNot();

private:
    QStringList eventNames() const;

    std::unique_ptr<FakePlayerLibrary> m_library;
    std::unique_ptr<FakeAudioBackend> m_backend;
    std::unique_ptr<StateManager> m_state;
    ManualClock m_clock;
    std::unique_ptr<PlaybackController> m_controller;
    std::unique_ptr<SleepTimer> m_sleep;
    std::unique_ptr<PlayerStateService> m_service;
    std::unique_ptr<TrackProgressService> m_progress;
    std::unique_ptr<QSignalSpy> m_events;
};

void tst_PlayerStateService::init()
{
    m_library = std::make_unique<FakePlayerLibrary>();
    m_backend = std::make_unique<FakeAudioBackend>();
    m_state = std::make_unique<StateManager>();
    m_controller = std::make_unique<PlaybackController>(PlaybackController::Config {}, *m_library, m_clock);
    m_controller->attachBackend(m_backend.get());
    m_sleep = std::make_unique<SleepTimer>(SleepTimer::Config {}, *m_controller, m_clock);
    m_service = std::make_unique<PlayerStateService>(*m_controller, *m_sleep, *m_state);
    m_progress
        = std::make_unique<TrackProgressService>(*m_controller, *m_state, TrackProgressService::Config {});
    m_events = std::make_unique<QSignalSpy>(m_state.get(), &StateManager::eventPublished);
}

void tst_PlayerStateService::cleanup()
{
    m_events.reset();
    m_progress.reset();
    m_service.reset();
    m_sleep.reset();
    m_controller.reset();
    m_state.reset();
    m_backend.reset();
    m_library.reset();
}

QStringList tst_PlayerStateService::eventNames() const
{
    QStringList names;
    for (const QList<QVariant> &event : std::as_const(*m_events))
        names.append(event.at(0).toString());
    return names;
}

void tst_PlayerStateService::nothingLoaded()
{
    const QJsonObject state = m_service->playerState();
    const QStringList expectedKeys {u"is_playing"_s,
                                    u"state"_s,
                                    u"active_playlist_id"_s,
                                    u"active_playlist_title"_s,
                                    u"active_track_id"_s,
                                    u"active_track"_s,
                                    u"track_index"_s,
                                    u"track_count"_s,
                                    u"position_ms"_s,
                                    u"duration_ms"_s,
                                    u"is_live"_s,
                                    u"can_prev"_s,
                                    u"can_next"_s,
                                    u"volume"_s,
                                    u"max_volume"_s,
                                    u"muted"_s,
                                    u"shuffle"_s,
                                    u"repeat"_s,
                                    u"sleep_timer"_s,
                                    u"listening"_s,
                                    u"server_seq"_s};
    QStringList keys = state.keys();
    QStringList sortedExpected = expectedKeys;
    keys.sort();
    sortedExpected.sort();
    QCOMPARE(keys, sortedExpected); // complete, and no "data" or "event_type"
    QCOMPARE(state.value(u"state"_s).toString(), u"stopped"_s);
    QVERIFY(state.value(u"active_playlist_id"_s).isNull());
    QVERIFY(state.value(u"active_track"_s).isNull());
    QVERIFY(state.value(u"sleep_timer"_s).isNull());
    QVERIFY(state.value(u"track_index"_s).isNull());
    QCOMPARE(state.value(u"track_count"_s).toInt(), 0);
    QCOMPARE(state.value(u"volume"_s).toInt(), 50);
    QCOMPARE(state.value(u"max_volume"_s).toInt(), 100);
    QCOMPARE(state.value(u"repeat"_s).toString(), u"none"_s);
    QCOMPARE(state.value(u"server_seq"_s).toInteger(), m_state->currentSeq());
    QCOMPARE(PlayerStateService::summary(state), u"idle"_s);
}

void tst_PlayerStateService::playingState()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
    QVERIFY(m_controller->playPlaylist(playlist, PlaybackController::StartMode::FromStart, u"p-t2"_s).ok());
    m_backend->setPosition(4200);
    const QJsonObject state = m_service->playerState();
    QCOMPARE(state.value(u"is_playing"_s).toBool(), true);
    QCOMPARE(state.value(u"state"_s).toString(), u"playing"_s);
    QCOMPARE(state.value(u"active_playlist_id"_s).toString(), u"p"_s);
    QCOMPARE(state.value(u"active_playlist_title"_s).toString(), u"Playlist p"_s);
    QCOMPARE(state.value(u"active_track_id"_s).toString(), u"p-t2"_s);
    const QJsonObject track = state.value(u"active_track"_s).toObject();
    for (const QString &key : {u"id"_s, u"title"_s, u"filename"_s, u"duration_ms"_s, u"file_path"_s,
                               u"track_number"_s, u"artist"_s, u"album"_s, u"cover_url"_s})
        QVERIFY2(track.contains(key), qPrintable(key));
    QCOMPARE(state.value(u"track_index"_s).toInt(), 1); // 0-based
    QCOMPARE(state.value(u"track_count"_s).toInt(), 3);
    QCOMPARE(state.value(u"position_ms"_s).toInteger(), 4200);
    QCOMPARE(state.value(u"duration_ms"_s).toInteger(), 60000);
    QCOMPARE(state.value(u"can_prev"_s).toBool(), true);
    QCOMPARE(state.value(u"can_next"_s).toBool(), true);

    const QString title = track.value(u"title"_s).toString();
    QCOMPARE(PlayerStateService::summary(state), u"playing %1 (Playlist p)"_s.arg(title));

    m_controller->pause();
    QCOMPARE(m_service->playerState().value(u"state"_s).toString(), u"paused"_s);
    QCOMPARE(m_service->playerState().value(u"is_playing"_s).toBool(), false);
    QCOMPARE(PlayerStateService::summary(m_service->playerState()), u"paused %1 (Playlist p)"_s.arg(title));
}

void tst_PlayerStateService::eventOrderOnStart()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 2);
    QVERIFY(m_controller->playPlaylist(playlist, PlaybackController::StartMode::FromStart).ok());
    QCOMPARE(eventNames(), QStringList({u"state:player"_s, u"state:track_position"_s}));
    const QJsonObject player = m_events->at(0).at(1).toJsonObject();
    QCOMPARE(player.value(u"event_type"_s).toString(), u"state:player"_s);
    // data.server_seq is the event's own seq
    QCOMPARE(player.value(u"data"_s).toObject().value(u"server_seq"_s), player.value(u"server_seq"_s));
    const QJsonObject position = m_events->at(1).at(1).toJsonObject().value(u"data"_s).toObject();
    QCOMPARE(position.value(u"track_id"_s).toString(), u"p-t1"_s);
    QCOMPARE(position.value(u"playlist_id"_s).toString(), u"p"_s);
    QCOMPARE(position.value(u"is_playing"_s).toBool(), true);

    m_events->clear();
    m_backend->setPosition(9000);
    m_controller->stop(); // the last tick: not playing, position 0
    QCOMPARE(eventNames(), QStringList({u"state:player"_s, u"state:track_position"_s}));
    const QJsonObject last = m_events->at(1).at(1).toJsonObject().value(u"data"_s).toObject();
    QCOMPARE(last.value(u"is_playing"_s).toBool(), false);
    QCOMPARE(last.value(u"position_ms"_s).toInteger(), 0);
}

void tst_PlayerStateService::volumeEvents()
{
    m_controller->setVolume(70);
    QCOMPARE(eventNames(), QStringList({u"state:volume_changed"_s, u"state:player"_s}));
    const QJsonObject volume = m_events->at(0).at(1).toJsonObject();
    QCOMPARE(volume.value(u"data"_s).toObject(), QJsonObject({{u"volume"_s, 70}, {u"muted"_s, false}}));
    QVERIFY(volume.contains(u"event_id"_s)); // the §5.3 envelope

    m_events->clear();
    m_controller->setVolume(70); // no change, no event
    QVERIFY(m_events->isEmpty());
    m_controller->setShuffle(true);
    QCOMPARE(eventNames(), QStringList({u"state:player"_s}));
}

void tst_PlayerStateService::positionOnlyChangesPublishNothing()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 2);
    QVERIFY(m_controller->playPlaylist(playlist, PlaybackController::StartMode::FromStart).ok());
    m_events->clear();
    m_backend->setPosition(5000);
    m_controller->seek(7000);
    QCOMPARE(eventNames(), QStringList({u"state:track_position"_s}));
}

void tst_PlayerStateService::sleepTimerChangesRepublishButItsCountdownDoesNot()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 2);
    QVERIFY(m_controller->playPlaylist(playlist, PlaybackController::StartMode::FromStart).ok());
    m_events->clear();
    m_sleep->start(10);
    QCOMPARE(eventNames(), QStringList({u"state:player"_s}));
    m_events->clear();
    m_clock.advance(60000);
    m_sleep->tick();
    m_controller->seek(1000); // makes the service look again: nothing but the countdown moved
    QCOMPARE(eventNames(), QStringList({u"state:track_position"_s}));
    QCOMPARE(m_service->playerState()[u"sleep_timer"_s][u"remaining_ms"_s].toInteger(), 9 * 60000);
    m_events->clear();
    m_sleep->cancel();
    QCOMPARE(eventNames(), QStringList({u"state:player"_s}));
}

void tst_PlayerStateService::titleChangeRepublishes()
{
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 2);
    m_library->add(playlist);
    QVERIFY(m_controller->playPlaylist(playlist, PlaybackController::StartMode::FromStart).ok());
    m_events->clear();
    playlist.title = u"Renamed"_s;
    m_library->add(playlist);
    m_controller->onPlaylistChanged(u"p"_s);
    QCOMPARE(eventNames(), QStringList({u"state:player"_s}));
    QCOMPARE(
        m_events->at(0).at(1).toJsonObject().value(u"data"_s).toObject().value(u"active_playlist_title"_s),
        u"Renamed"_s);
}

QTEST_GUILESS_MAIN(tst_PlayerStateService)
#include "tst_playerstateservice.moc"
