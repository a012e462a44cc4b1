// SPDX-License-Identifier: GPL-3.0-or-later
// TrackProgressService (PROTOCOL.md §5.8): immediate emissions, the last tick, silence while paused, the
// throttle, and the failure back-off with circuit_open. Short intervals keep the test fast; it waits on
// signals only.

#include "fakeaudiobackend.h"
#include "fakeplayerlibrary.h"
#include "manualclock.h"
#include "playback/playbackcontroller.h"
#include "playback/trackprogressservice.h"
#include "realtime/statemanager.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_TrackProgressService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void immediateAndLastTicks();
    void silentWhilePausedOrStopped();
    void ticksRespectTheThrottle();
    void eachTickReadsThePositionOnce();
    void backOffAfterFailures();
    void nothingActive();

private:
    void start();

    std::unique_ptr<FakePlayerLibrary> m_library;
    std::unique_ptr<FakeAudioBackend> m_backend;
    std::unique_ptr<StateManager> m_state;
    ManualClock m_clock;
    std::unique_ptr<PlaybackController> m_controller;
    std::unique_ptr<TrackProgressService> m_progress;
    std::unique_ptr<QSignalSpy> m_emitted;
};

void tst_TrackProgressService::init()
{
    m_library = std::make_unique<FakePlayerLibrary>();
    m_backend = std::make_unique<FakeAudioBackend>();
    m_state = std::make_unique<StateManager>();
    m_controller = std::make_unique<PlaybackController>(PlaybackController::Config {}, *m_library, m_clock);
    m_controller->attachBackend(m_backend.get());
    m_progress = std::make_unique<TrackProgressService>(*m_controller, *m_state,
                                                        TrackProgressService::Config {20, 15, 5, 60});
    m_emitted = std::make_unique<QSignalSpy>(m_progress.get(), &TrackProgressService::positionPublished);
}

void tst_TrackProgressService::cleanup()
{
    m_emitted.reset();
    m_progress.reset();
    m_controller.reset();
    m_state.reset();
    m_backend.reset();
    m_library.reset();
}

void tst_TrackProgressService::start()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 2);
    QVERIFY(m_controller->playPlaylist(playlist, PlaybackController::StartMode::FromStart).ok());
}

void tst_TrackProgressService::immediateAndLastTicks()
{
    start();
    QCOMPARE(m_emitted->size(), 1); // at once on play
    m_backend->setPosition(3000);
    m_controller->seek(1000);
    QCOMPARE(m_emitted->size(), 2); // at once on seek, bypassing the throttle
    QCOMPARE(m_emitted->constLast().at(0).toJsonObject().value(u"position_ms"_s).toInteger(), 1000);
    m_controller->next();
    QCOMPARE(m_emitted->size(), 3); // at once on a track change
    QCOMPARE(m_emitted->constLast().at(0).toJsonObject().value(u"track_id"_s).toString(), u"p-t2"_s);

    m_backend->setPosition(2500);
    m_controller->pause();
    QCOMPARE(m_emitted->size(), 4); // the last tick
    const QJsonObject paused = m_emitted->constLast().at(0).toJsonObject();
    QCOMPARE(paused.value(u"is_playing"_s).toBool(), false);
    QCOMPARE(paused.value(u"position_ms"_s).toInteger(), 2500);

    m_controller->play();
    m_controller->stop();
    const QJsonObject stopped = m_emitted->constLast().at(0).toJsonObject();
    QCOMPARE(stopped.value(u"is_playing"_s).toBool(), false);
    QCOMPARE(stopped.value(u"position_ms"_s).toInteger(), 0);
    QCOMPARE(m_progress->stats().value(u"emitted_total"_s).toInteger(), m_emitted->size());
}

void tst_TrackProgressService::silentWhilePausedOrStopped()
{
    start();
    m_controller->pause();
    const qsizetype afterPause = m_emitted->size();
    QVERIFY(!m_emitted->wait(200)); // a condition that must stay false: no tick while paused
    QCOMPARE(m_emitted->size(), afterPause);
}

void tst_TrackProgressService::ticksRespectTheThrottle()
{
    start();
    QElapsedTimer clock;
    clock.start();
    QList<qint64> times;
    connect(m_progress.get(), &TrackProgressService::positionPublished, this,
            [&times, &clock] { times.append(clock.elapsed()); });
    QTRY_VERIFY_WITH_TIMEOUT(times.size() >= 10, 5000);
    for (qsizetype i = 1; i < times.size(); ++i)
        QVERIFY2(times[i] - times[i - 1] >= 15, qPrintable(u"interval %1 ms"_s.arg(times[i] - times[i - 1])));
}

// A read asks the sound output (a GStreamer query): a tick reads once and publishes what it read.
void tst_TrackProgressService::eachTickReadsThePositionOnce()
{
    start();
    const qsizetype emittedBefore = m_emitted->size();
    const int readsBefore = m_backend->positionReads();
    m_backend->setPosition(4200);
    QTRY_VERIFY_WITH_TIMEOUT(m_emitted->size() >= emittedBefore + 5, 5000);
    QCOMPARE(m_backend->positionReads() - readsBefore, int(m_emitted->size() - emittedBefore));
    QCOMPARE(m_emitted->constLast().at(0).toJsonObject().value(u"position_ms"_s).toInteger(), 4200);
}

void tst_TrackProgressService::backOffAfterFailures()
{
    start();
    QSignalSpy circuit(m_progress.get(), &TrackProgressService::circuitOpenChanged);
    m_backend->setPositionReadsFail(true);
    const qsizetype before = m_emitted->size();
    QVERIFY(circuit.wait(2000));
    QCOMPARE(circuit.constLast().at(0).toBool(), true);
    QVERIFY(m_progress->isCircuitOpen());
    QCOMPARE(m_progress->stats().value(u"circuit_open"_s).toBool(), true);
    QVERIFY(m_progress->stats().value(u"backend_failures"_s).toInteger() >= 5);
    QCOMPARE(m_emitted->size(), before); // failed reads emit nothing

    m_backend->setPositionReadsFail(false); // after the back-off it retries and recovers
    QVERIFY(circuit.wait(2000));
    QCOMPARE(circuit.constLast().at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_emitted->size() > before, 2000);
}

void tst_TrackProgressService::nothingActive()
{
    const QJsonObject position = m_progress->trackPosition();
    QVERIFY(position.value(u"track_id"_s).isNull());
    QVERIFY(position.value(u"playlist_id"_s).isNull());
    QCOMPARE(position.value(u"is_playing"_s).toBool(), false);
    QCOMPARE(position.value(u"position_ms"_s).toInteger(), 0);
}

QTEST_GUILESS_MAIN(tst_TrackProgressService)
#include "tst_trackprogressservice.moc"
