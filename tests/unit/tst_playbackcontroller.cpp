// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController decisions over FakeAudioBackend: PROTOCOL.md §6.1 tables, the end rule, repeat, shuffle,
// volume limits, resume rules, broken files and library edits.

#include "fakeaudiobackend.h"
#include "fakeplayerlibrary.h"
#include "playback/playbackcontroller.h"
#include "playback/volumecurve.h"

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
    void init();
    void cleanup();
    void navigation_data();
    void navigation();
    void commandsPerState_data();
    void commandsPerState();
    void shuffleOrder_data();
    void shuffleOrder();
    void volumeLimits_data();
    void volumeLimits();
    void resumeRules_data();
    void resumeRules();
    void resumePointSaving();
    void brokenFiles_data();
    void brokenFiles();
    void startErrors();
    void seekClamps();
    void libraryEdits_data();
    void libraryEdits();
    void libraryEditWhileShuffled();
    void nextFileIsPrepared();
    void joinOfAStaleNextFileFollowsTheQueue();

private:
    void makeController(const Settings &settings = {});
    void apply(const QString &action);

    std::unique_ptr<FakePlayerLibrary> m_library;
    std::unique_ptr<FakeAudioBackend> m_backend;
    std::unique_ptr<PlaybackController> m_controller;
    qint64 m_now = 1'800'000'000'000;
};

void tst_PlaybackController::init()
{
    m_library = std::make_unique<FakePlayerLibrary>();
    m_backend = std::make_unique<FakeAudioBackend>();
    makeController();
}

void tst_PlaybackController::cleanup()
{
    m_controller.reset();
    m_backend.reset();
    m_library.reset();
}

void tst_PlaybackController::makeController(const Settings &settings)
{
    m_controller = std::make_unique<PlaybackController>(settings, *m_library);
    m_controller->setClock([this] { return m_now; });
    m_controller->attachBackend(m_backend.get());
}

void tst_PlaybackController::apply(const QString &action)
{
    if (action == "next"_L1)
        m_controller->next();
    else if (action == "previous"_L1)
        m_controller->previous();
    else if (action == "end"_L1)
        m_backend->finishTrack();
    else if (action == "join"_L1)
        m_backend->joinPreparedNext();
    else if (action == "pause"_L1)
        m_controller->pause();
    else if (action == "stop"_L1)
        m_controller->stop();
    else if (action == "play"_L1)
        m_controller->play();
    else if (action == "toggle"_L1)
        m_controller->togglePlayPause();
    else if (action.startsWith("at:"_L1))
        m_backend->setPosition(action.mid(3).toLongLong());
    else
        QFAIL(qPrintable(u"unknown action "_s + action));
}

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
    m_library->add(playlist);
    m_controller->setRepeat(repeat);
    QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart, playlist.tracks[start].id).ok());
    for (const QString &action : std::as_const(actions))
        apply(action);

    QTEST(m_controller->trackIndex(), "index");
    QTEST(m_controller->state(), "state");
    QTEST(m_controller->canPrevious(), "canPrev");
    QTEST(m_controller->canNext(), "canNext");
    QCOMPARE(m_controller->loadedPlaylistId(), u"p"_s); // the end rule keeps the playlist loaded
    if (m_controller->isPlaying())
        QCOMPARE(m_backend->currentFile(), m_controller->currentTrack()->filePath);
    else
        QCOMPARE(m_controller->position(), 0);
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
        QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart).ok());
        if (setup == "stopped"_L1)
            m_controller->stop();
        else if (setup == "paused"_L1)
            m_controller->pause();
    }
    m_backend->commands.clear();
    QSignalSpy changed(m_controller.get(), &PlaybackController::changed);

    PlaybackController::Outcome outcome;
    if (command == "play"_L1)
        outcome = m_controller->play();
    else if (command == "pause"_L1)
        outcome = m_controller->pause();
    else if (command == "toggle"_L1)
        outcome = m_controller->togglePlayPause();
    else if (command == "stop"_L1)
        outcome = m_controller->stop();
    else if (command == "next"_L1)
        outcome = m_controller->next();
    else
        outcome = m_controller->previous();

    QTEST(outcome.applied, "applied");
    QVERIFY(!outcome.message.isEmpty());
    QTEST(m_controller->state(), "state");
    QFETCH(QString, backendCommand);
    const QString last
        = m_backend->commands.isEmpty() ? QString() : m_backend->commands.constLast().section(u':', 0, 0);
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
    m_controller->setShuffle(true);
    QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart, playlist.tracks[start].id).ok());
    QCOMPARE(m_controller->trackIndex(), start); // the permutation starts with the current track
    QVERIFY(!m_controller->canPrevious());

    QSet<int> visited {start};
    for (int step = 1; step < tracks; ++step) {
        QVERIFY(m_controller->canNext());
        m_backend->finishTrack();
        QVERIFY(m_controller->isPlaying());
        QVERIFY2(!visited.contains(m_controller->trackIndex()), "a track came twice");
        visited.insert(m_controller->trackIndex());
    }
    QCOMPARE(visited.size(), tracks);
    QVERIFY(!m_controller->canNext());
    const int current = m_controller->trackIndex();

    m_controller->setShuffle(false); // back to track_number order, current kept
    QCOMPARE(m_controller->trackIndex(), current);
    QCOMPARE(m_controller->canNext(), current + 1 < tracks);
    QCOMPARE(m_controller->canPrevious(), current > 0);
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
    Settings settings;
    settings.volumeMin = min;
    settings.volumeMax = max;
    settings.volumeDefault = 95; // above some maxima: the boot volume is clamped too
    makeController(settings);
    QVERIFY(m_controller->volume() >= min && m_controller->volume() <= max);
    m_controller->setMuted(true);

    const auto outcome = m_controller->setVolume(requested);
    QTEST(m_controller->volume(), "expected");
    QFETCH(bool, clamped);
    QCOMPARE(outcome.message.contains(u"clamped"_s), clamped);
    QCOMPARE(m_backend->gain(), VolumeCurve::gain(m_controller->volume()));
    QVERIFY(m_controller->isMuted()); // volume changes do not unmute

    m_controller->setVolume(max);
    m_controller->volumeStep(+1);
    QCOMPARE(m_controller->volume(), max);
    m_controller->setVolume(min);
    m_controller->volumeStep(-1);
    QCOMPARE(m_controller->volume(), min);
    m_controller->volumeStep(+2);
    QCOMPARE(m_controller->volume(), qMin(max, min + 2 * settings.volumeStep));
}

void tst_PlaybackController::resumeRules_data()
{
    QTest::addColumn<bool>("hasPoint");
    QTest::addColumn<int>("pointTrack");
    QTest::addColumn<qint64>("pointMs");
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<StartMode>("mode");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("explicitTrack"); // -1 = none
    QTest::addColumn<bool>("pointTrackBroken");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("startMs");

    QTest::newRow("resume rewinds 2 s")
        << true << 1 << qint64(30000) << 1 << StartMode::Resume << true << -1 << false << 1 << qint64(28000);
    QTest::newRow("rewind stops at 0")
        << true << 2 << qint64(1500) << 0 << StartMode::Resume << true << -1 << false << 2 << qint64(0);
    QTest::newRow("older than 30 days is ignored")
        << true << 1 << qint64(30000) << 31 << StartMode::Resume << true << -1 << false << 0 << qint64(0);
    QTest::newRow("from start never resumes")
        << true << 1 << qint64(30000) << 1 << StartMode::FromStart << true << -1 << false << 0 << qint64(0);
    QTest::newRow("tag resume disabled")
        << true << 1 << qint64(30000) << 1 << StartMode::Resume << false << -1 << false << 0 << qint64(0);
    QTest::newRow("an explicit track wins")
        << true << 1 << qint64(30000) << 1 << StartMode::Resume << true << 2 << false << 2 << qint64(0);
    QTest::newRow("point on a broken file is ignored")
        << true << 1 << qint64(30000) << 1 << StartMode::Resume << true << -1 << true << 0 << qint64(0);
    QTest::newRow("no point") << false << 0 << qint64(0) << 0 << StartMode::Resume << true << -1 << false << 0
                              << qint64(0);
}

void tst_PlaybackController::resumeRules()
{
    QFETCH(bool, hasPoint);
    QFETCH(int, pointTrack);
    QFETCH(qint64, pointMs);
    QFETCH(int, ageDays);
    QFETCH(StartMode, mode);
    QFETCH(bool, enabled);
    QFETCH(int, explicitTrack);
    QFETCH(bool, pointTrackBroken);
    Settings settings;
    settings.tagResumeEnabled = enabled;
    makeController(settings);

    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"r"_s, 3);
    m_library->add(playlist);
    if (pointTrackBroken)
        m_library->setUnplayable(playlist.tracks[pointTrack].id);
    if (hasPoint)
        m_library->saveResumePoint(
            u"r"_s, {playlist.tracks[pointTrack].id, pointMs, m_now - ageDays * 86'400'000LL - 1});
    const std::optional<QString> track
        = explicitTrack >= 0 ? std::optional(playlist.tracks[explicitTrack].id) : std::nullopt;

    QVERIFY(m_controller->startPlaylist(u"r"_s, mode, track).ok());
    QFETCH(int, index);
    QFETCH(qint64, startMs);
    QCOMPARE(m_controller->currentTrack()->id, playlist.tracks[index].id);
    QCOMPARE(m_backend->commands.constLast(),
             u"play:%1@%2"_s.arg(playlist.tracks[index].filePath).arg(startMs));
    QCOMPARE(m_library->lastPlayed.value(u"r"_s), m_now); // last_played is set on every start
    QCOMPARE(m_library->playCounts.value(playlist.tracks[index].id), startMs == 0 ? 1 : 0);
}

void tst_PlaybackController::resumePointSaving()
{
    const Playlist a = FakePlayerLibrary::makePlaylist(u"a"_s, 2);
    const Playlist b = FakePlayerLibrary::makePlaylist(u"b"_s, 2);
    QVERIFY(m_controller->playPlaylist(a, StartMode::FromStart).ok());
    QCOMPARE(m_library->resumePoint(u"a"_s)->trackId, u"a-t1"_s); // track change: the new track at 0

    m_backend->setPosition(12345);
    m_controller->pause();
    QCOMPARE(m_library->resumePoint(u"a"_s)->positionMs, 12345);
    m_controller->play();
    m_backend->setPosition(23456);
    m_controller->saveResumePoint(); // shutdown
    QCOMPARE(m_library->resumePoint(u"a"_s)->positionMs, 23456);

    m_backend->setPosition(34567);
    QVERIFY(m_controller->playPlaylist(b, StartMode::FromStart).ok()); // playlist switch keeps a's place
    QCOMPARE(m_library->resumePoint(u"a"_s)->positionMs, 34567);
    QCOMPARE(m_library->resumePoint(u"a"_s)->savedAtMs, m_now);

    m_backend->setPosition(4000);
    m_controller->stop();
    QCOMPARE(m_library->resumePoint(u"b"_s)->positionMs, 4000);

    m_controller->play();
    m_backend->finishTrack();
    m_backend->finishTrack(); // end of the playlist clears its point
    QVERIFY(!m_library->resumePoint(u"b"_s));
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
    Settings settings;
    makeController(settings);
    m_controller->setRepeat(Repeat::Playlist); // a broken playlist must not loop forever
    if (QByteArray(QTest::currentDataTag()) == "the last is broken")
        m_controller->setRepeat(Repeat::None);
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"x"_s, 3);
    QSignalSpy failed(m_controller.get(), &PlaybackController::trackFailed);
    QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart, playlist.tracks[start].id).ok());
    while (m_controller->isPlaying() && failing.removeOne(m_controller->trackIndex()))
        m_backend->failTrack();

    QTEST(int(failed.size()), "failures");
    QTEST(m_controller->trackIndex(), "index");
    QTEST(m_controller->state(), "state");
    QCOMPARE(m_controller->loadedPlaylistId(), u"x"_s); // the box keeps going
}

void tst_PlaybackController::startErrors()
{
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"e"_s, 2);
    m_library->add(playlist);
    auto start = [this](const QString &id, std::optional<QString> track = {}) {
        return m_controller->startPlaylist(id, StartMode::FromStart, track);
    };
    QCOMPARE(start(u"missing"_s).error().type, ErrorType::NotFound);
    QCOMPARE(start(u"missing"_s).error().details.value(u"resource"_s).toString(), u"playlist"_s);
    QCOMPARE(start(u"e"_s, u"nope"_s).error().details.value(u"resource"_s).toString(), u"track"_s);

    m_library->setUnplayable(u"e-t2"_s);
    const Status notPlayable = start(u"e"_s, u"e-t2"_s);
    QCOMPARE(notPlayable.error().type, ErrorType::Conflict);
    QCOMPARE(notPlayable.error().details.value(u"reason"_s).toString(), u"track_not_playable"_s);
    m_library->setUnplayable(u"e-t1"_s);
    QCOMPARE(start(u"e"_s).error().details.value(u"reason"_s).toString(), u"no_playable_tracks"_s);
    QVERIFY(!m_controller->isLoaded());

    PlaybackController withoutAudio(Settings {}, *m_library);
    m_library->add(FakePlayerLibrary::makePlaylist(u"ok"_s, 1));
    QCOMPARE(withoutAudio.startPlaylist(u"ok"_s, StartMode::FromStart).error().type,
             ErrorType::ServiceUnavailable);
}

void tst_PlaybackController::seekClamps()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"k"_s, 1);
    QVERIFY(!m_controller->seek(1000).applied); // nothing loaded
    QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart).ok());
    QSignalSpy jumps(m_controller.get(), &PlaybackController::positionDiscontinuity);
    QVERIFY(m_controller->seek(999'999).message.contains(u"clamped"_s));
    QCOMPARE(m_backend->commands.constLast(), u"seek:60000"_s);
    m_controller->pause();
    m_controller->seek(1234);
    QCOMPARE(m_controller->state(), State::Paused); // seek while paused stays paused
    QCOMPARE(m_controller->position(), 1234);
    QCOMPARE(jumps.size(), 3);
    m_controller->stop();
    QVERIFY(!m_controller->seek(10).applied);
}

void tst_PlaybackController::libraryEdits_data()
{
    QTest::addColumn<QString>("setup"); // playing | paused
    QTest::addColumn<int>("current");
    QTest::addColumn<QList<int>>("removed"); // track numbers that disappear
    QTest::addColumn<QString>("expectedTrack"); // "" = unloaded
    QTest::addColumn<State>("state");
    QTest::newRow("another track goes") << u"playing"_s << 1 << QList<int> {3} << u"p-t2"_s << State::Playing;
    QTest::newRow("current goes while playing")
        << u"playing"_s << 1 << QList<int> {2} << u"p-t3"_s << State::Playing;
    QTest::newRow("current goes while paused")
        << u"paused"_s << 1 << QList<int> {2} << u"p-t3"_s << State::Stopped;
    QTest::newRow("last goes while paused")
        << u"paused"_s << 2 << QList<int> {3} << u"p-t2"_s << State::Stopped;
    QTest::newRow("last goes while playing")
        << u"playing"_s << 2 << QList<int> {3} << u"p-t1"_s << State::Stopped;
    QTest::newRow("playlist emptied")
        << u"playing"_s << 0 << QList<int> {1, 2, 3} << QString() << State::Stopped;
}

void tst_PlaybackController::libraryEdits()
{
    QFETCH(QString, setup);
    QFETCH(int, current);
    QFETCH(QList<int>, removed);
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
    m_library->add(playlist);
    QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart, playlist.tracks[current].id).ok());
    if (setup == "paused"_L1)
        m_controller->pause();
    playlist.tracks.removeIf([&](const Track &track) { return removed.contains(track.trackNumber); });
    m_library->add(playlist);
    m_controller->onPlaylistChanged(u"other"_s); // not ours: nothing happens
    m_controller->onPlaylistChanged(u"p"_s);

    QFETCH(QString, expectedTrack);
    QCOMPARE(m_controller->currentTrack() ? m_controller->currentTrack()->id : QString(), expectedTrack);
    QTEST(m_controller->state(), "state");
    QCOMPARE(m_controller->isLoaded(), !expectedTrack.isEmpty());
    QCOMPARE(m_controller->trackCount(), expectedTrack.isEmpty() ? 0 : 3 - removed.size());

    if (m_controller->isLoaded()) {
        m_controller->onPlaylistRemoved(u"p"_s);
        QVERIFY(!m_controller->isLoaded());
        QCOMPARE(m_controller->lastActivePlaylistId(), u"p"_s);
    }
}

void tst_PlaybackController::libraryEditWhileShuffled()
{
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"s"_s, 6);
    m_library->add(playlist);
    m_controller->setShuffle(true);
    QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart, u"s-t3"_s).ok());
    m_backend->finishTrack(); // one step into the shuffled order
    const QString current = m_controller->currentTrack()->id;
    playlist.tracks.removeIf(
        [&](const Track &track) { return track.id != current && track.trackNumber == 6; });
    playlist.tracks.removeIf(
        [&](const Track &track) { return track.id != current && track.trackNumber == 1; });
    Track added = playlist.tracks.constLast();
    added.id = u"s-new"_s;
    added.trackNumber = 9;
    playlist.tracks.append(added);
    m_library->add(playlist);
    m_controller->onPlaylistChanged(u"s"_s);

    QCOMPARE(m_controller->currentTrack()->id, current); // kept, still playing
    QVERIFY(m_controller->isPlaying());
    QSet<QString> visited {current};
    while (m_controller->canNext()) {
        m_backend->finishTrack();
        QVERIFY2(!visited.contains(m_controller->currentTrack()->id), "a track came twice");
        visited.insert(m_controller->currentTrack()->id);
    }
    QVERIFY(visited.contains(u"s-new"_s)); // a new track joins the order
    QVERIFY(visited.size() <= m_controller->trackCount());
}

void tst_PlaybackController::nextFileIsPrepared()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
    m_library->add(playlist);
    QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart).ok());
    QCOMPARE(m_backend->preparedNext(), playlist.tracks[1].filePath);
    m_controller->setRepeat(Repeat::Track);
    QCOMPARE(m_backend->preparedNext(), playlist.tracks[0].filePath);
    m_controller->setRepeat(Repeat::None);
    m_controller->next();
    m_controller->next();
    QCOMPARE(m_backend->preparedNext(), QString()); // the last track: nothing follows
    m_controller->setRepeat(Repeat::Playlist);
    QCOMPARE(m_backend->preparedNext(), playlist.tracks[0].filePath);

    // A join is bookkeeping only: no file is loaded again, the play count and resume point follow.
    const int loads = int(m_backend->commands.filter(u"play:"_s).size());
    m_backend->joinPreparedNext();
    QCOMPARE(m_backend->commands.filter(u"play:"_s).size(), loads);
    QCOMPARE(m_controller->trackIndex(), 0);
    QCOMPARE(m_library->playCounts.value(playlist.tracks[0].id), 2);
    QCOMPARE(m_library->resumePoint(u"p"_s)->trackId, playlist.tracks[0].id);
    QCOMPARE(m_backend->preparedNext(), playlist.tracks[1].filePath);
}

void tst_PlaybackController::joinOfAStaleNextFileFollowsTheQueue()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
    m_library->add(playlist);
    QVERIFY(m_controller->playPlaylist(playlist, StartMode::FromStart).ok());
    // The backend took track 2, then repeat-track made track 1 the next one: the queue decides.
    const QString stale = m_backend->preparedNext();
    m_controller->setRepeat(Repeat::Track);
    m_backend->prepareNext(stale);
    m_backend->joinPreparedNext();
    QCOMPARE(m_controller->trackIndex(), 0);
    QCOMPARE(m_backend->commands.last(), u"play:%1@0"_s.arg(playlist.tracks[0].filePath));
}

QTEST_GUILESS_MAIN(tst_PlaybackController)
#include "tst_playbackcontroller.moc"
