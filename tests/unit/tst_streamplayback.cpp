// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController with stream tracks over FakeAudioBackend: a stream plays its URL, is live while its
// length is unknown (no seeking), is never joined gaplessly, reconnects after a drop (an error, or the end of
// a live stream) with StreamReconnect's delays, and after the last attempt fails over to the next track with
// trackFailed. A podcast episode (a stream with a length) ends like a file.

#include "playerfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using State = PlaybackController::State;
using StartMode = PlaybackController::StartMode;

namespace {
const QString radioUrl = u"http://radio.example/live.mp3"_s;

// Tracks p-t1 (file), p-t2 (the radio stream), p-t3 (file).
Playlist playlistWithStream()
{
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 3);
    Track &stream = playlist.tracks[1];
    stream.streamUrl = radioUrl;
    stream.filePath.clear();
    stream.filename = Track::streamPlaceholder(stream.id);
    stream.durationMs = 0;
    return playlist;
}
} // namespace

class tst_StreamPlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.reset(); }
    void streamPlaysItsUrlLive();
    void seekInALiveStreamIsRefused();
    void streamsAreNeverJoined();
    void dropReconnects_data();
    void dropReconnects();
    void soundAgainStartsTheCountOver();
    void givesUpAndMovesOn();
    void podcastEndsLikeAFile();
    void pausedStreamResumesLive();

private:
    void startStream();
    std::unique_ptr<PlayerFixture> m_fx;
    Playlist m_playlist;
};

void tst_StreamPlayback::init()
{
    m_fx = std::make_unique<PlayerFixture>();
    PlaybackController::Config config;
    config.stream = {.firstDelayMs = 1, .attempts = 3};
    m_fx->makeController(config);
    m_playlist = playlistWithStream();
    m_fx->library.add(m_playlist);
}

void tst_StreamPlayback::startStream()
{
    QVERIFY(m_fx->controller->playPlaylist(m_playlist, StartMode::FromStart, u"p-t2"_s).ok());
    m_fx->backend.commands.clear();
}

void tst_StreamPlayback::streamPlaysItsUrlLive()
{
    QVERIFY(m_fx->controller->playPlaylist(m_playlist, StartMode::FromStart, u"p-t2"_s).ok());
    QCOMPARE(m_fx->backend.commands.last(), u"play:%1@0"_s.arg(radioUrl));
    QVERIFY(m_fx->controller->isLive());
    QCOMPARE(m_fx->controller->duration(), qint64(0));
    m_fx->backend.setPosition(12000);
    QCOMPARE(m_fx->controller->position(), qint64(12000)); // the position counts up all the same
}

void tst_StreamPlayback::seekInALiveStreamIsRefused()
{
    startStream();
    const PlaybackController::Outcome outcome = m_fx->controller->seek(5000);
    QVERIFY(!outcome.applied);
    QVERIFY(outcome.refusal);
    QCOMPARE(outcome.refusal->type, ErrorType::Conflict);
    QCOMPARE(outcome.refusal->details.value(u"reason"_s).toString(), u"live_stream"_s);
    QVERIFY(!m_fx->backend.commands.contains(u"seek:5000"_s));
}

void tst_StreamPlayback::streamsAreNeverJoined()
{
    QVERIFY(m_fx->controller->playPlaylist(m_playlist, StartMode::FromStart, u"p-t1"_s).ok());
    QCOMPARE(m_fx->backend.preparedNext(), QString()); // the next one is the stream
    startStream();
    QCOMPARE(m_fx->backend.preparedNext(), QString()); // the stream's end may be a drop
    m_fx->controller->next();
    QCOMPARE(m_fx->backend.preparedNext(), QString()); // the last file: nothing follows
}

void tst_StreamPlayback::dropReconnects_data()
{
    QTest::addColumn<bool>("byError");
    QTest::newRow("an error") << true;
    QTest::newRow("the end of a live stream") << false;
}

void tst_StreamPlayback::dropReconnects()
{
    QFETCH(bool, byError);
    startStream();
    QSignalSpy failed(m_fx->controller.get(), &PlaybackController::trackFailed);
    if (byError)
        m_fx->backend.failTrack(AudioBackend::Error::ResourceMissing, u"connection refused"_s);
    else
        m_fx->backend.finishTrack();
    // Still the stream, still playing, while the reconnect waits.
    QCOMPARE(m_fx->controller->currentTrack()->id, u"p-t2"_s);
    QCOMPARE(m_fx->controller->state(), State::Playing);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->backend.commands, QStringList {u"play:%1@0"_s.arg(radioUrl)}, 2000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_fx->library.playCounts.value(u"p-t2"_s), 1); // a reconnect is not a new play
}

void tst_StreamPlayback::soundAgainStartsTheCountOver()
{
    startStream();
    QSignalSpy failed(m_fx->controller.get(), &PlaybackController::trackFailed);
    // More drops than attempts, each followed by sound again: never given up.
    for (int drop = 1; drop <= 5; ++drop) {
        m_fx->backend.failTrack(AudioBackend::Error::ResourceMissing, u"dropped"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->backend.commands.size(), drop, 2000);
        Q_EMIT m_fx->backend.playbackStarted();
    }
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_fx->controller->currentTrack()->id, u"p-t2"_s);
}

void tst_StreamPlayback::givesUpAndMovesOn()
{
    startStream();
    QSignalSpy failed(m_fx->controller.get(), &PlaybackController::trackFailed);
    m_fx->backend.failTrack(AudioBackend::Error::ResourceMissing, u"connection refused"_s);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->backend.commands.size(), attempt, 2000);
        QCOMPARE(failed.size(), 0);
        m_fx->backend.failTrack(AudioBackend::Error::ResourceMissing, u"connection refused"_s);
    }
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"p-t2"_s);
    QVERIFY2(failed.first().at(1).toString().contains(u"connection refused"_s),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(m_fx->controller->currentTrack()->id, u"p-t3"_s);
    QCOMPARE(m_fx->controller->state(), State::Playing);
    QCOMPARE(m_fx->backend.commands.last(), u"play:/music/p/3.mp3@0"_s);
}

void tst_StreamPlayback::podcastEndsLikeAFile()
{
    startStream();
    m_fx->backend.setDuration(1800000); // the server told the length: an episode, not a radio
    QVERIFY(!m_fx->controller->isLive());
    QCOMPARE(m_fx->controller->duration(), qint64(1800000));
    QVERIFY(m_fx->controller->seek(60000).applied);
    m_fx->backend.finishTrack();
    QCOMPARE(m_fx->controller->currentTrack()->id, u"p-t3"_s);
}

void tst_StreamPlayback::pausedStreamResumesLive()
{
    startStream();
    m_fx->backend.setPosition(30000);
    QVERIFY(m_fx->controller->pause().applied);
    QVERIFY(m_fx->controller->play().applied);
    QCOMPARE(m_fx->backend.commands.last(), u"play:%1@0"_s.arg(radioUrl));
    QCOMPARE(m_fx->controller->state(), State::Playing);
}

QTEST_GUILESS_MAIN(tst_StreamPlayback)
#include "tst_streamplayback.moc"
