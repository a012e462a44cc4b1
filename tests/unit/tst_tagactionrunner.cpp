// SPDX-License-Identifier: GPL-3.0-or-later
// TagActionRunner: what each action card does to the player (PROTOCOL.md §6.3), as a table over the real
// PlaybackController and SleepTimer on a fake backend and a manual clock.

#include "nfc/tagactionrunner.h"
#include "playback/sleeptimer.h"
#include "playerfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using State = PlaybackController::State;
using Repeat = PlaybackController::Repeat;

class tst_TagActionRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void actions_data();
    void actions();
    void repeatCycles();
    void sleepCardReplacesTheTimer();

private:
    std::unique_ptr<PlayerFixture> m_fx;
    std::unique_ptr<SleepTimer> m_sleep;
    std::unique_ptr<TagActionRunner> m_runner;
};

void tst_TagActionRunner::init()
{
    m_fx = std::make_unique<PlayerFixture>();
    m_fx->library.add(FakePlayerLibrary::makePlaylist(u"songs"_s, 3));
    m_sleep = std::make_unique<SleepTimer>(SleepTimer::Config {}, *m_fx->controller, m_fx->clock);
    m_runner = std::make_unique<TagActionRunner>(*m_fx->controller, *m_sleep);
}

void tst_TagActionRunner::cleanup()
{
    m_runner.reset();
    m_sleep.reset();
    m_fx.reset();
}

void tst_TagActionRunner::actions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("trackIndex");
    QTest::addColumn<int>("volume");
    QTest::addColumn<bool>("shuffle");
    QTest::addColumn<qint64>("sleepMs");
    // Before each row: "songs" plays its second track at volume 50, shuffle off, no sleep timer.
    QTest::newRow("pause") << u"pause"_s << State::Paused << 1 << 50 << false << qint64(0);
    QTest::newRow("stop") << u"stop"_s << State::Stopped << 1 << 50 << false << qint64(0);
    QTest::newRow("next") << u"next"_s << State::Playing << 2 << 50 << false << qint64(0);
    QTest::newRow("previous") << u"previous"_s << State::Playing << 0 << 50 << false << qint64(0);
    QTest::newRow("volume_up") << u"volume_up"_s << State::Playing << 1 << 55 << false << qint64(0);
    QTest::newRow("volume_down") << u"volume_down"_s << State::Playing << 1 << 45 << false << qint64(0);
    QTest::newRow("shuffle") << u"shuffle"_s << State::Playing << 1 << 50 << true << qint64(0);
    QTest::newRow("sleep_15") << u"sleep_15"_s << State::Playing << 1 << 50 << false << qint64(15 * 60000);
    QTest::newRow("sleep_30") << u"sleep_30"_s << State::Playing << 1 << 50 << false << qint64(30 * 60000);
    QTest::newRow("sleep_60") << u"sleep_60"_s << State::Playing << 1 << 50 << false << qint64(60 * 60000);
}

void tst_TagActionRunner::actions()
{
    QFETCH(QString, action);
    QVERIFY(m_fx->controller->startPlaylist(u"songs"_s, PlaybackController::StartMode::FromStart).ok());
    m_fx->controller->next();
    m_fx->controller->setVolume(50);

    m_runner->perform(*TagActions::fromName(action));
    QTEST(m_fx->controller->state(), "state");
    QTEST(m_fx->controller->trackIndex(), "trackIndex");
    QTEST(m_fx->controller->volume(), "volume");
    QTEST(m_fx->controller->isShuffled(), "shuffle");
    QTEST(m_sleep->remainingMs(), "sleepMs");
}

void tst_TagActionRunner::repeatCycles()
{
    QCOMPARE(m_fx->controller->repeat(), Repeat::None);
    const QList<Repeat> expected {Repeat::Playlist, Repeat::Track, Repeat::None, Repeat::Playlist};
    for (const Repeat mode : expected) {
        m_runner->perform(TagAction::Repeat);
        QCOMPARE(m_fx->controller->repeat(), mode);
    }
    m_runner->perform(TagAction::Shuffle);
    m_runner->perform(TagAction::Shuffle);
    QVERIFY(!m_fx->controller->isShuffled()); // shuffle toggles
}

void tst_TagActionRunner::sleepCardReplacesTheTimer()
{
    m_runner->perform(TagAction::Sleep60);
    m_fx->clock.advance(10 * 60000);
    m_runner->perform(TagAction::Sleep15);
    QCOMPARE(m_sleep->remainingMs(), qint64(15 * 60000));
}

QTEST_GUILESS_MAIN(tst_TagActionRunner)
#include "tst_tagactionrunner.moc"
