// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController commands over FakeAudioBackend: PROTOCOL.md §6.1 tables, the end rule, repeat, shuffle,
// volume limits, broken files and start errors.

#include "playback/volumecurve.h"
#include "playerfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using State = PlaybackController::State;
using Repeat = PlaybackController::Repeat;
using StartMode = PlaybackController::StartMode;

class tst_PlaybackController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fx = std::make_unique<PlayerFixture>(); }
    void cleanup() { m_fx.reset(); }
    void navigation_data();
    void navigation();
    void commandsPerState_data();
    void commandsPerState();
    void shuffleOrder_data();
    void shuffleOrder();
    void volumeLimits_data();
    void volumeLimits();
    void brokenFiles_data();
    void brokenFiles();
    void startErrors();
    void seekClamps();

private:
    std::unique_ptr<PlayerFixture> m_fx;
};

void tst_PlaybackController::navigation_data()
{
    QTest::addColumn<int>("tracks");
    QTest::addColumn<int>("start");
    QTest::addColumn<Repeat>("repeat");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<int>("index");
    QTest::addColumn<State>("state");
    QTest::addColumn<bool>("canPrev");
    QTest::addColumn<bool>("canNext");

    const auto none = Repeat::None, all = Repeat::Playlist, one = Repeat::Track;
    QTest::newRow("next in the middle")
        << 3 << 0 << none << QStringList {u"next"_s} << 1 << State::Playing << true << true;
    QTest::newRow("next at the last stops on the first")
        << 3 << 2 << none << QStringList {u"next"_s} << 0 << State::Stopped << false << true;
    QTest::newRow("next at the last, repeat playlist")
        << 3 << 2 << all << QStringList {u"next"_s} << 0 << State::Playing << false << true;
    QTest::newRow("next at the last, repeat track stops")
        << 3 << 2 << one << QStringList {u"next"_s} << 0 << State::Stopped << false << true;
    QTest::newRow("track end advances")
        << 3 << 0 << none << QStringList {u"end"_s} << 1 << State::Playing << true << true;
    QTest::newRow("last track end stops on the first")
        << 3 << 2 << none << QStringList {u"end"_s} << 0 << State::Stopped << false << true;
    QTest::newRow("track end, repeat track")
        << 3 << 1 << one << QStringList {u"end"_s} << 1 << State::Playing << true << true;
    QTest::newRow("last track end, repeat playlist")
        << 3 << 2 << all << QStringList {u"end"_s} << 0 << State::Playing << false << true;
    // The backend joined the prepared next file without a gap.
    QTest::newRow("gapless join advances")
        << 3 << 0 << none << QStringList {u"join"_s} << 1 << State::Playing << true << true;
    QTest::newRow("gapless join twice")
        << 3 << 0 << none << QStringList {u"join"_s, u"join"_s} << 2 << State::Playing << true << false;
    QTest::newRow("gapless join, repeat track")
        << 3 << 1 << one << QStringList {u"join"_s} << 1 << State::Playing << true << true;
    QTest::newRow("gapless join at the end, repeat playlist")
        << 3 << 2 << all << QStringList {u"join"_s} << 0 << State::Playing << false << true;
    QTest::newRow("previous early goes back") << 3 << 1 << none << QStringList {u"at:1000"_s, u"previous"_s}
                                              << 0 << State::Playing << false << true;
    QTest::newRow("previous after 3 s restarts")
        << 3 << 1 << none << QStringList {u"at:5000"_s, u"previous"_s} << 1 << State::Playing << true << true;
    QTest::newRow("previous at the first restarts")
        << 3 << 0 << none << QStringList {u"previous"_s} << 0 << State::Playing << false << true;
    QTest::newRow("previous when stopped goes back")
        << 3 << 2 << none << QStringList {u"at:5000"_s, u"stop"_s, u"previous"_s} << 1 << State::Playing
        << true << true;
    QTest::newRow("previous when paused, late")
        << 3 << 2 << none << QStringList {u"at:9000"_s, u"pause"_s, u"previous"_s} << 2 << State::Playing
        << true << false;
    QTest::newRow("next when paused plays")
        << 3 << 0 << none << QStringList {u"pause"_s, u"next"_s} << 1 << State::Playing << true << true;
    QTest::newRow("next when stopped plays")
        << 3 << 0 << none << QStringList {u"stop"_s, u"next"_s} << 1 << State::Playing << true << true;
    QTest::newRow("one track, next stops")
        << 1 << 0 << none << QStringList {u"next"_s} << 0 << State::Stopped << false << false;
    QTest::newRow("one track, repeat playlist can go on")
        << 1 << 0 << all << QStringList {} << 0 << State::Playing << false << true;
    QTest::newRow("whole playlist ends") << 3 << 0 << none << QStringList {u"end"_s, u"end"_s, u"end"_s} << 0
                                         << State::Stopped << false << true;
}

void tst_PlaybackController::navigation()
{
    QFETCH(int, tracks);
    QFETCH(int, start);
    QFETCH(Repeat, repeat);
    QFETCH(QStringList, actions);

    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, tracks);
    m_fx->library.add(playlist);
    m_fx->controller->setRepeat(repeat);
    QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart, playlist.tracks[start].id).ok());
    for (const QString &action : std::as_const(actions))
        QVERIFY2(m_fx->apply(action), qPrintable(u"unknown action "_s + action));

    QTEST(m_fx->controller->trackIndex(), "index");
    QTEST(m_fx->controller->state(), "state");
    QTEST(m_fx->controller->canPrevious(), "canPrev");
    QTEST(m_fx->controller->canNext(), "canNext");
    QCOMPARE(m_fx->controller->loadedPlaylistId(), u"p"_s); // the end rule keeps the playlist loaded
    if (m_fx->controller->isPlaying())
        QCOMPARE(m_fx->backend.currentFile(), m_fx->controller->currentTrack()->filePath);
    else
        QCOMPARE(m_fx->controller->position(), 0);
}

void tst_PlaybackController::commandsPerState_data()
{
    QTest::addColumn<QString>("setup"); // none | stopped | playing | paused
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("backendCommand"); // the last command the backend got after setup ("" = none)

    const QStringList setups {u"none"_s, u"stopped"_s, u"playing"_s, u"paused"_s};
    // PROTOCOL.md §6.1: the command table.
    const QList<std::tuple<QString, QString, bool, State, QString>> rows {
        {u"none"_s, u"play"_s, false, State::Stopped, {}},
        {u"none"_s, u"pause"_s, false, State::Stopped, {}},
        {u"none"_s, u"toggle"_s, false, State::Stopped, {}},
        {u"none"_s, u"stop"_s, false, State::Stopped, {}},
        {u"none"_s, u"next"_s, false, State::Stopped, {}},
        {u"none"_s, u"previous"_s, false, State::Stopped, {}},
        {u"stopped"_s, u"play"_s, true, State::Playing, u"play"_s},
        {u"stopped"_s, u"pause"_s, false, State::Stopped, {}},
        {u"stopped"_s, u"toggle"_s, true, State::Playing, u"play"_s},
        {u"stopped"_s, u"stop"_s, false, State::Stopped, {}},
        {u"playing"_s, u"play"_s, false, State::Playing, {}},
        {u"playing"_s, u"pause"_s, true, State::Paused, u"pause"_s},
        {u"playing"_s, u"toggle"_s, true, State::Paused, u"pause"_s},
        {u"playing"_s, u"stop"_s, true, State::Stopped, u"stop"_s},
        {u"paused"_s, u"play"_s, true, State::Playing, u"resume"_s},
        {u"paused"_s, u"pause"_s, false, State::Paused, {}},
        {u"paused"_s, u"toggle"_s, true, State::Playing, u"resume"_s},
        {u"paused"_s, u"stop"_s, true, State::Stopped, u"stop"_s},
    };
    for (const auto &[setup, command, applied, state, backendCommand] : rows)
        QTest::addRow("%s: %s", qPrintable(setup), qPrintable(command))
            << setup << command << applied << state << backendCommand;
}

void tst_PlaybackController::commandsPerState()
{
    QFETCH(QString, setup);
    QFETCH(QString, command);
    if (setup != "none"_L1) {
        const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
        QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart).ok());
        if (setup == "stopped"_L1)
            m_fx->controller->stop();
        else if (setup == "paused"_L1)
            m_fx->controller->pause();
    }
    m_fx->backend.commands.clear();
    QSignalSpy changed(m_fx->controller.get(), &PlaybackController::changed);

    PlaybackController::Outcome outcome;
    if (command == "play"_L1)
        outcome = m_fx->controller->play();
    else if (command == "pause"_L1)
        outcome = m_fx->controller->pause();
    else if (command == "toggle"_L1)
        outcome = m_fx->controller->togglePlayPause();
    else if (command == "stop"_L1)
        outcome = m_fx->controller->stop();
    else if (command == "next"_L1)
        outcome = m_fx->controller->next();
    else
        outcome = m_fx->controller->previous();

    QTEST(outcome.applied, "applied");
    QVERIFY(!outcome.message.isEmpty());
    QTEST(m_fx->controller->state(), "state");
    QFETCH(QString, backendCommand);
    const QString last = m_fx->backend.commands.isEmpty()
        ? QString()
        : m_fx->backend.commands.constLast().section(u':', 0, 0);
    QCOMPARE(last, backendCommand);
    QCOMPARE(changed.isEmpty(), !outcome.applied); // a no-op changes nothing and emits nothing
}

void tst_PlaybackController::shuffleOrder_data()
{
    QTest::addColumn<int>("tracks");
    QTest::addColumn<int>("start");
    QTest::newRow("one") << 1 << 0;
    QTest::newRow("two, from the second") << 2 << 1;
    QTest::newRow("five") << 5 << 2;
    QTest::newRow("twenty") << 20 << 7;
}

void tst_PlaybackController::shuffleOrder()
{
    QFETCH(int, tracks);
    QFETCH(int, start);
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"s"_s, tracks);
    m_fx->controller->setShuffle(true);
    QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart, playlist.tracks[start].id).ok());
    QCOMPARE(m_fx->controller->trackIndex(), start); // the permutation starts with the current track
    QVERIFY(!m_fx->controller->canPrevious());

    QSet<int> visited {start};
    for (int step = 1; step < tracks; ++step) {
        QVERIFY(m_fx->controller->canNext());
        m_fx->backend.finishTrack();
        QVERIFY(m_fx->controller->isPlaying());
        QVERIFY2(!visited.contains(m_fx->controller->trackIndex()), "a track came twice");
        visited.insert(m_fx->controller->trackIndex());
    }
    QCOMPARE(visited.size(), tracks);
    QVERIFY(!m_fx->controller->canNext());
    const int current = m_fx->controller->trackIndex();

    m_fx->controller->setShuffle(false); // back to track_number order, current kept
    QCOMPARE(m_fx->controller->trackIndex(), current);
    QCOMPARE(m_fx->controller->canNext(), current + 1 < tracks);
    QCOMPARE(m_fx->controller->canPrevious(), current > 0);
}

void tst_PlaybackController::volumeLimits_data()
{
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("clamped");
    QTest::newRow("inside") << 0 << 100 << 70 << 70 << false;
    QTest::newRow("zero") << 0 << 100 << 0 << 0 << false;
    QTest::newRow("above the box maximum") << 10 << 80 << 95 << 80 << true;
    QTest::newRow("below the box minimum") << 10 << 80 << 3 << 10 << true;
    QTest::newRow("at the maximum") << 10 << 80 << 80 << 80 << false;
}

void tst_PlaybackController::volumeLimits()
{
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(int, requested);
    PlaybackController::Config config;
    config.volumeMin = min;
    config.volumeMax = max;
    config.volumeDefault = 95; // above some maxima: the boot volume is clamped too
    m_fx->makeController(config);
    QVERIFY(m_fx->controller->volume() >= min && m_fx->controller->volume() <= max);
    m_fx->controller->setMuted(true);

    const auto outcome = m_fx->controller->setVolume(requested);
    QTEST(m_fx->controller->volume(), "expected");
    QFETCH(bool, clamped);
    QCOMPARE(outcome.message.contains(u"clamped"_s), clamped);
    QCOMPARE(m_fx->backend.gain(), VolumeCurve::gain(m_fx->controller->volume()));
    QVERIFY(m_fx->controller->isMuted()); // volume changes do not unmute

    m_fx->controller->setVolume(max);
    m_fx->controller->volumeStep(+1);
    QCOMPARE(m_fx->controller->volume(), max);
    m_fx->controller->setVolume(min);
    m_fx->controller->volumeStep(-1);
    QCOMPARE(m_fx->controller->volume(), min);
    m_fx->controller->volumeStep(+2);
    QCOMPARE(m_fx->controller->volume(), qMin(max, min + 2 * config.volumeStep));
}

void tst_PlaybackController::brokenFiles_data()
{
    QTest::addColumn<QList<int>>("failing"); // order positions whose file the backend cannot decode
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("index");
    QTest::addColumn<State>("state");
    QTest::newRow("the first is broken") << QList<int> {0} << 0 << 1 << 1 << State::Playing;
    QTest::newRow("two broken in a row") << QList<int> {0, 1} << 0 << 2 << 2 << State::Playing;
    QTest::newRow("the last is broken") << QList<int> {2} << 2 << 1 << 0 << State::Stopped;
    QTest::newRow("all broken") << QList<int> {0, 1, 2} << 0 << 3 << 2 << State::Stopped;
}

void tst_PlaybackController::brokenFiles()
{
    QFETCH(QList<int>, failing);
    QFETCH(int, start);
    PlaybackController::Config config;
    m_fx->makeController(config);
    m_fx->controller->setRepeat(Repeat::Playlist); // a broken playlist must not loop forever
    if (QByteArray(QTest::currentDataTag()) == "the last is broken")
        m_fx->controller->setRepeat(Repeat::None);
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"x"_s, 3);
    QSignalSpy failed(m_fx->controller.get(), &PlaybackController::trackFailed);
    QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart, playlist.tracks[start].id).ok());
    while (m_fx->controller->isPlaying() && failing.removeOne(m_fx->controller->trackIndex()))
        m_fx->backend.failTrack();

    QTEST(int(failed.size()), "failures");
    QTEST(m_fx->controller->trackIndex(), "index");
    QTEST(m_fx->controller->state(), "state");
    QCOMPARE(m_fx->controller->loadedPlaylistId(), u"x"_s); // the box keeps going
}

void tst_PlaybackController::startErrors()
{
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"e"_s, 2);
    m_fx->library.add(playlist);
    auto start = [this](const QString &id, std::optional<QString> track = {}) {
        return m_fx->controller->startPlaylist(id, StartMode::FromStart, track);
    };
    QCOMPARE(start(u"missing"_s).error().type, ErrorType::NotFound);
    QCOMPARE(start(u"missing"_s).error().details.value(u"resource"_s).toString(), u"playlist"_s);
    QCOMPARE(start(u"e"_s, u"nope"_s).error().details.value(u"resource"_s).toString(), u"track"_s);

    m_fx->library.setUnplayable(u"e-t2"_s);
    const Status notPlayable = start(u"e"_s, u"e-t2"_s);
    QCOMPARE(notPlayable.error().type, ErrorType::Conflict);
    QCOMPARE(notPlayable.error().details.value(u"reason"_s).toString(), u"track_not_playable"_s);
    m_fx->library.setUnplayable(u"e-t1"_s);
    QCOMPARE(start(u"e"_s).error().details.value(u"reason"_s).toString(), u"no_playable_tracks"_s);
    QVERIFY(!m_fx->controller->isLoaded());

    PlaybackController withoutAudio({}, m_fx->library, m_fx->clock);
    m_fx->library.add(FakePlayerLibrary::makePlaylist(u"ok"_s, 1));
    QCOMPARE(withoutAudio.startPlaylist(u"ok"_s, StartMode::FromStart).error().type,
             ErrorType::ServiceUnavailable);
}

void tst_PlaybackController::seekClamps()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"k"_s, 1);
    QVERIFY(!m_fx->controller->seek(1000).applied); // nothing loaded
    QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart).ok());
    QSignalSpy jumps(m_fx->controller.get(), &PlaybackController::positionDiscontinuity);
    QVERIFY(m_fx->controller->seek(999'999).message.contains(u"clamped"_s));
    QCOMPARE(m_fx->backend.commands.constLast(), u"seek:60000"_s);
    m_fx->controller->pause();
    m_fx->controller->seek(1234);
    QCOMPARE(m_fx->controller->state(), State::Paused); // seek while paused stays paused
    QCOMPARE(m_fx->controller->position(), 1234);
    QCOMPARE(jumps.size(), 3);
    m_fx->controller->stop();
    QVERIFY(!m_fx->controller->seek(10).applied);
}

QTEST_GUILESS_MAIN(tst_PlaybackController)
#include "tst_playbackcontroller.moc"
