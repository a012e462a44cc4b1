// SPDX-License-Identifier: GPL-3.0-or-later
// ParentalGuard over the real PlaybackController (fake backend), a real database and a manual clock in
// Europe/Paris: quiet hours refuse playlists that are not allowed and announce it, cap the volume, fade out
// and pause music that is playing when they begin; the daily budget counts listening time (written every few
// seconds), fades and pauses when it is used up and refuses to start again until the next reset.

#include "library/parentalrepository.h"
#include "parental/parentalguard.h"
#include "playback/volumecurve.h"
#include "playerfixture.h"
#include "playlistharness.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using StartMode = PlaybackController::StartMode;

namespace {
const QTimeZone paris("Europe/Paris");

qint64 parisMs(const QString &localTime) // on Monday 7 December 2026
{
    return QDateTime(QDate(2026, 12, 7), QTime::fromString(localTime, u"HH:mm:ss"_s), paris)
        .toMSecsSinceEpoch();
}
} // namespace

class tst_ParentalGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quietHoursRefuseWhatIsNotAllowed();
    void quietHoursBeginOverMusicThatIsNotAllowed();
    void budgetFadesPausesAndRefusesUntilTheReset();
    void listeningTimeIsWrittenWhilePlaying();

private:
    void configure(const char *json);
    void run(qint64 ms, qint64 stepMs = 100); // advance the clock, evaluating on every step
    QList<PlaylistHarness::Event> blockedEvents() const
    {
        return m_lib->eventsNamed(u"state:playback_blocked"_s);
    }

    std::unique_ptr<PlaylistHarness> m_lib;
    std::unique_ptr<PlayerFixture> m_fx;
    std::unique_ptr<ParentalRepository> m_repository;
    std::unique_ptr<ParentalGuard> m_guard;
};

void tst_ParentalGuard::init()
{
    m_lib = std::make_unique<PlaylistHarness>();
    QVERIFY(m_lib->isValid());
    m_fx = std::make_unique<PlayerFixture>();
    m_fx->library.add(FakePlayerLibrary::makePlaylist(u"calm"_s, 3));
    m_fx->library.add(FakePlayerLibrary::makePlaylist(u"party"_s, 3));
    m_fx->clock.set(parisMs(u"12:00:00"_s));
    m_repository = std::make_unique<ParentalRepository>(m_lib->database());
    ParentalGuard::Config config;
    config.zone = paris;
    config.fadeMs = 2000;
    m_guard = std::make_unique<ParentalGuard>(config, *m_repository, *m_fx->controller, m_lib->state,
                                              m_fx->clock);
    m_guard->load();
    m_fx->controller->setGate(m_guard.get());
    connect(m_fx->controller.get(), &PlaybackController::startBlocked, m_guard.get(),
            &ParentalGuard::announceRefusal);
}

void tst_ParentalGuard::cleanup()
{
    m_guard.reset();
    m_repository.reset();
    m_fx.reset();
    m_lib.reset();
}

void tst_ParentalGuard::configure(const char *json)
{
    const auto settings
        = ParentalSettings::fromJson(QJsonDocument::fromJson(json).object(), m_guard->settings());
    QVERIFY(settings.ok());
    QVERIFY(m_guard->apply(*settings).ok());
}

void tst_ParentalGuard::run(qint64 ms, qint64 stepMs)
{
    for (qint64 done = 0; done < ms; done += stepMs) {
        m_fx->clock.advance(stepMs);
        m_guard->evaluate();
    }
}

void tst_ParentalGuard::quietHoursRefuseWhatIsNotAllowed()
{
    configure(R"({"quiet_hours":[{"days":["mon"],"from":"20:00","to":"07:00"}],
                  "quiet_allowed_playlists":["calm"],"quiet_max_volume":30})");
    m_fx->clock.set(parisMs(u"21:00:00"_s));
    m_guard->evaluate();
    QCOMPARE(m_fx->controller->maxVolume(), 30);

    QSignalSpy blocked(m_guard.get(), &ParentalGuard::playbackBlocked); // the box's chime
    const Status refused = m_fx->controller->startPlaylist(u"party"_s, StartMode::FromStart);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().type, ErrorType::Conflict);
    QCOMPARE(refused.error().details[u"reason"_s].toString(), u"quiet_hours"_s);
    const qint64 sevenTomorrow = QDateTime(QDate(2026, 12, 8), QTime(7, 0), paris).toMSecsSinceEpoch();
    QCOMPARE(refused.error().details[u"until"_s].toInteger(), sevenTomorrow);
    QVERIFY(!m_fx->controller->isLoaded());
    QCOMPARE(blockedEvents().size(), 1);
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked.first().first().toString(), u"quiet_hours"_s);
    const QJsonObject data = blockedEvents().first().payload[u"data"_s].toObject();
    QCOMPARE(data[u"reason"_s].toString(), u"quiet_hours"_s);
    QCOMPARE(data[u"until"_s].toInteger(), sevenTomorrow);
    QCOMPARE(data[u"playlist_id"_s].toString(), u"party"_s);

    m_fx->controller->setVolume(80);
    QVERIFY(m_fx->controller->startPlaylist(u"calm"_s, StartMode::FromStart).ok());
    QCOMPARE(m_fx->controller->volume(), 30);

    m_fx->clock.set(sevenTomorrow);
    m_guard->evaluate();
    QCOMPARE(m_fx->controller->maxVolume(), 100);
    QVERIFY(m_fx->controller->startPlaylist(u"party"_s, StartMode::FromStart).ok());
}

void tst_ParentalGuard::quietHoursBeginOverMusicThatIsNotAllowed()
{
    configure(
        R"({"quiet_hours":[{"days":["mon"],"from":"20:00","to":"07:00"}],"quiet_allowed_playlists":["calm"]})");
    m_fx->clock.set(parisMs(u"19:59:59"_s));
    m_fx->controller->setVolume(60);
    QVERIFY(m_fx->controller->startPlaylist(u"party"_s, StartMode::FromStart).ok());
    m_guard->evaluate();
    QVERIFY(blockedEvents().isEmpty());

    run(1000); // 20:00: the fade begins, announced once
    QCOMPARE(blockedEvents().size(), 1);
    QVERIFY(m_fx->controller->isPlaying());
    run(1000);
    QVERIFY(m_fx->backend.gain() < VolumeCurve::gain(60) * 0.6);
    QVERIFY(m_fx->backend.gain() > 0);
    run(1100);
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Paused);
    QCOMPARE(m_fx->backend.gain(), VolumeCurve::gain(60)); // back for the next play
    QCOMPARE(blockedEvents().size(), 1);
    QVERIFY(!m_fx->controller->play().applied); // and it stays paused
    QCOMPARE(blockedEvents().size(), 2); // the refusal is announced
}

void tst_ParentalGuard::budgetFadesPausesAndRefusesUntilTheReset()
{
    configure(R"({"daily_budget_min":1,"budget_resets_at":"04:00"})");
    QCOMPARE(m_guard->listeningJson()[u"budget_ms"_s].toInteger(), 60000);
    QVERIFY(m_fx->controller->startPlaylist(u"calm"_s, StartMode::FromStart).ok());
    run(59000, 1000);
    QVERIFY(m_fx->controller->isPlaying());
    QVERIFY(blockedEvents().isEmpty());
    run(1000, 1000);
    QCOMPARE(blockedEvents().size(), 1);
    const QJsonObject data = blockedEvents().first().payload[u"data"_s].toObject();
    QCOMPARE(data[u"reason"_s].toString(), u"budget"_s);
    const qint64 fourTomorrow = QDateTime(QDate(2026, 12, 8), QTime(4, 0), paris).toMSecsSinceEpoch();
    QCOMPARE(data[u"until"_s].toInteger(), fourTomorrow);
    run(2100);
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Paused);
    QVERIFY(m_guard->listeningJson()[u"today_ms"_s].toInteger() >= 60000);

    const Status refused = m_fx->controller->startPlaylist(u"party"_s, StartMode::FromStart);
    QCOMPARE(refused.error().details[u"reason"_s].toString(), u"budget"_s);
    m_fx->clock.set(fourTomorrow);
    m_guard->evaluate();
    QCOMPARE(m_guard->listeningJson()[u"today_ms"_s].toInteger(), 0); // a new budget day
    QVERIFY(m_fx->controller->startPlaylist(u"party"_s, StartMode::FromStart).ok());
}

void tst_ParentalGuard::listeningTimeIsWrittenWhilePlaying()
{
    QVERIFY(m_fx->controller->startPlaylist(u"calm"_s, StartMode::FromStart).ok());
    run(12000, 1000);
    // Written every 5 s while playing: a kill now loses less than that.
    QVERIFY(m_repository->listenedMs(QDate(2026, 12, 7)) >= 10000);
    m_fx->controller->pause(); // and at once when the music stops
    QCOMPARE(m_repository->listenedMs(QDate(2026, 12, 7)), 12000);
    run(5000, 1000); // paused time does not count
    QCOMPARE(m_guard->listeningJson()[u"today_ms"_s].toInteger(), 12000);

    // A new guard (a restart) reads the day's total back.
    ParentalGuard::Config config;
    config.zone = paris;
    ParentalGuard again(config, *m_repository, *m_fx->controller, m_lib->state, m_fx->clock);
    again.load();
    QCOMPARE(again.listeningJson()[u"today_ms"_s].toInteger(), 12000);
}

QTEST_GUILESS_MAIN(tst_ParentalGuard)
#include "tst_parentalguard.moc"
