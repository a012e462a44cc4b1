// SPDX-License-Identifier: GPL-3.0-or-later
// How the player goes on from one track to the next over FakeAudioBackend: resume points (where a playlist
// starts again and when points are saved), library edits under a loaded playlist, and gapless joins.

#include "playerfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using State = PlaybackController::State;
using Repeat = PlaybackController::Repeat;
using StartMode = PlaybackController::StartMode;

class tst_PlaybackFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fx = std::make_unique<PlayerFixture>(); }
    void cleanup() { m_fx.reset(); }
    void resumeRules_data();
    void resumeRules();
    void resumePointSaving();
    void libraryEdits_data();
    void libraryEdits();
    void libraryEditWhileShuffled();
    void nextFileIsPrepared();
    void joinOfAStaleNextFileFollowsTheQueue();

private:
    std::unique_ptr<PlayerFixture> m_fx;
};

void tst_PlaybackFlow::resumeRules_data()
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

void tst_PlaybackFlow::resumeRules()
{
    QFETCH(bool, hasPoint);
    QFETCH(int, pointTrack);
    QFETCH(qint64, pointMs);
    QFETCH(int, ageDays);
    QFETCH(StartMode, mode);
    QFETCH(bool, enabled);
    QFETCH(int, explicitTrack);
    QFETCH(bool, pointTrackBroken);
    PlaybackController::Config config;
    config.resume.enabled = enabled;
    m_fx->makeController(config);

    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"r"_s, 3);
    m_fx->library.add(playlist);
    if (pointTrackBroken)
        m_fx->library.setUnplayable(playlist.tracks[pointTrack].id);
    if (hasPoint)
        m_fx->library.saveResumePoint(
            u"r"_s,
            {playlist.tracks[pointTrack].id, pointMs, m_fx->clock.nowMs() - ageDays * 86'400'000LL - 1});
    const std::optional<QString> track
        = explicitTrack >= 0 ? std::optional(playlist.tracks[explicitTrack].id) : std::nullopt;

    QVERIFY(m_fx->controller->startPlaylist(u"r"_s, mode, track).ok());
    QFETCH(int, index);
    QFETCH(qint64, startMs);
    QCOMPARE(m_fx->controller->currentTrack()->id, playlist.tracks[index].id);
    QCOMPARE(m_fx->backend.commands.constLast(),
             u"play:%1@%2"_s.arg(playlist.tracks[index].filePath).arg(startMs));
    QCOMPARE(m_fx->library.lastPlayed.value(u"r"_s),
             m_fx->clock.nowMs()); // last_played is set on every start
    QCOMPARE(m_fx->library.playCounts.value(playlist.tracks[index].id), startMs == 0 ? 1 : 0);
}

void tst_PlaybackFlow::resumePointSaving()
{
    const Playlist a = FakePlayerLibrary::makePlaylist(u"a"_s, 2);
    const Playlist b = FakePlayerLibrary::makePlaylist(u"b"_s, 2);
    QVERIFY(m_fx->controller->playPlaylist(a, StartMode::FromStart).ok());
    QCOMPARE(m_fx->library.resumePoint(u"a"_s)->trackId, u"a-t1"_s); // track change: the new track at 0

    m_fx->backend.setPosition(12345);
    m_fx->controller->pause();
    QCOMPARE(m_fx->library.resumePoint(u"a"_s)->positionMs, 12345);
    m_fx->controller->play();
    m_fx->backend.setPosition(23456);
    m_fx->controller->saveResumePoint(); // shutdown
    QCOMPARE(m_fx->library.resumePoint(u"a"_s)->positionMs, 23456);

    m_fx->backend.setPosition(34567);
    QVERIFY(m_fx->controller->playPlaylist(b, StartMode::FromStart).ok()); // playlist switch keeps a's place
    QCOMPARE(m_fx->library.resumePoint(u"a"_s)->positionMs, 34567);
    QCOMPARE(m_fx->library.resumePoint(u"a"_s)->savedAtMs, m_fx->clock.nowMs());

    m_fx->backend.setPosition(4000);
    m_fx->controller->stop();
    QCOMPARE(m_fx->library.resumePoint(u"b"_s)->positionMs, 4000);

    m_fx->controller->play();
    m_fx->backend.finishTrack();
    m_fx->backend.finishTrack(); // end of the playlist clears its point
    QVERIFY(!m_fx->library.resumePoint(u"b"_s));
}

void tst_PlaybackFlow::libraryEdits_data()
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

void tst_PlaybackFlow::libraryEdits()
{
    QFETCH(QString, setup);
    QFETCH(int, current);
    QFETCH(QList<int>, removed);
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
    m_fx->library.add(playlist);
    QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart, playlist.tracks[current].id).ok());
    if (setup == "paused"_L1)
        m_fx->controller->pause();
    playlist.tracks.removeIf([&](const Track &track) { return removed.contains(track.trackNumber); });
    m_fx->library.add(playlist);
    m_fx->controller->onPlaylistChanged(u"other"_s); // not ours: nothing happens
    m_fx->controller->onPlaylistChanged(u"p"_s);

    QFETCH(QString, expectedTrack);
    QCOMPARE(m_fx->controller->currentTrack() ? m_fx->controller->currentTrack()->id : QString(),
             expectedTrack);
    QTEST(m_fx->controller->state(), "state");
    QCOMPARE(m_fx->controller->isLoaded(), !expectedTrack.isEmpty());
    QCOMPARE(m_fx->controller->trackCount(), expectedTrack.isEmpty() ? 0 : 3 - removed.size());

    if (m_fx->controller->isLoaded()) {
        m_fx->controller->onPlaylistRemoved(u"p"_s);
        QVERIFY(!m_fx->controller->isLoaded());
        QCOMPARE(m_fx->controller->lastActivePlaylistId(), u"p"_s);
    }
}

void tst_PlaybackFlow::libraryEditWhileShuffled()
{
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"s"_s, 6);
    m_fx->library.add(playlist);
    m_fx->controller->setShuffle(true);
    QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart, u"s-t3"_s).ok());
    m_fx->backend.finishTrack(); // one step into the shuffled order
    const QString current = m_fx->controller->currentTrack()->id;
    playlist.tracks.removeIf(
        [&](const Track &track) { return track.id != current && track.trackNumber == 6; });
    playlist.tracks.removeIf(
        [&](const Track &track) { return track.id != current && track.trackNumber == 1; });
    Track added = playlist.tracks.constLast();
    added.id = u"s-new"_s;
    added.trackNumber = 9;
    playlist.tracks.append(added);
    m_fx->library.add(playlist);
    m_fx->controller->onPlaylistChanged(u"s"_s);

    QCOMPARE(m_fx->controller->currentTrack()->id, current); // kept, still playing
    QVERIFY(m_fx->controller->isPlaying());
    QSet<QString> visited {current};
    while (m_fx->controller->canNext()) {
        m_fx->backend.finishTrack();
        QVERIFY2(!visited.contains(m_fx->controller->currentTrack()->id), "a track came twice");
        visited.insert(m_fx->controller->currentTrack()->id);
    }
    QVERIFY(visited.contains(u"s-new"_s)); // a new track joins the order
    QVERIFY(visited.size() <= m_fx->controller->trackCount());
}

void tst_PlaybackFlow::nextFileIsPrepared()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
    m_fx->library.add(playlist);
    QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart).ok());
    QCOMPARE(m_fx->backend.preparedNext(), playlist.tracks[1].filePath);
    m_fx->controller->setRepeat(Repeat::Track);
    QCOMPARE(m_fx->backend.preparedNext(), playlist.tracks[0].filePath);
    m_fx->controller->setRepeat(Repeat::None);
    m_fx->controller->next();
    m_fx->controller->next();
    QCOMPARE(m_fx->backend.preparedNext(), QString()); // the last track: nothing follows
    m_fx->controller->setRepeat(Repeat::Playlist);
    QCOMPARE(m_fx->backend.preparedNext(), playlist.tracks[0].filePath);

    // A join is bookkeeping only: no file is loaded again, the play count and resume point follow.
    const int loads = int(m_fx->backend.commands.filter(u"play:"_s).size());
    m_fx->backend.joinPreparedNext();
    QCOMPARE(m_fx->backend.commands.filter(u"play:"_s).size(), loads);
    QCOMPARE(m_fx->controller->trackIndex(), 0);
    QCOMPARE(m_fx->library.playCounts.value(playlist.tracks[0].id), 2);
    QCOMPARE(m_fx->library.resumePoint(u"p"_s)->trackId, playlist.tracks[0].id);
    QCOMPARE(m_fx->backend.preparedNext(), playlist.tracks[1].filePath);
}

void tst_PlaybackFlow::joinOfAStaleNextFileFollowsTheQueue()
{
    const Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
    m_fx->library.add(playlist);
    QVERIFY(m_fx->controller->playPlaylist(playlist, StartMode::FromStart).ok());
    // The backend took track 2, then repeat-track made track 1 the next one: the queue decides.
    const QString stale = m_fx->backend.preparedNext();
    m_fx->controller->setRepeat(Repeat::Track);
    m_fx->backend.prepareNext(stale);
    m_fx->backend.joinPreparedNext();
    QCOMPARE(m_fx->controller->trackIndex(), 0);
    QCOMPARE(m_fx->backend.commands.last(), u"play:%1@0"_s.arg(playlist.tracks[0].filePath));
}

QTEST_GUILESS_MAIN(tst_PlaybackFlow)
#include "tst_playbackflow.moc"
