// SPDX-License-Identifier: GPL-3.0-or-later
// Radio and streams end to end (PROTOCOL.md §4.1 streams, §6.1 "Streams"): the real server with its default
// GStreamer backend, and a radio on the loopback that serves an endless MP3 made at test time. A stream
// track is added and checked over HTTP; it plays (the position advances, the duration stays null, a seek is
// refused); when the radio drops the connection the box connects again; when the radio stays off the air the
// box gives up after its reconnects, says so with state:track_failed and plays the next track.

#include "audiofixtures.h"
#include "httpclient.h"
#include "loopbackradio.h"
#include "mp3frames.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int fixtureMs = 3000; // the MP3 the radio repeats
} // namespace

class tst_StreamApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addStreamValidates_data();
    void addStreamValidates();
    void addedStreamIsATrack();
    void playsReconnectsAndMovesOn();

private:
    QJsonObject player() { return m_http->get(u"/api/player/status"_s).data().toObject(); }
    QJsonObject playlistByTitle(const QString &title);

    QTemporaryDir m_audioDir;
    QByteArray m_frames;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_playlistId;
};

void tst_StreamApi::initTestCase()
{
    const QString mp3 = AudioFixtures::make(m_audioDir.path(), u"tone"_s, u"mp3"_s, fixtureMs);
    QVERIFY2(!mp3.isEmpty(), "sox cannot write MP3: the loopback radio has nothing to play");
    QFile file(mp3);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_frames = Mp3Frames::audioFrames(file.readAll());
    QVERIFY2(m_frames.size() > 10000, "no MP3 frames in the fixture");
}

void tst_StreamApi::init()
{
    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s});
    // Reconnects after 200, 400 and 800 ms: the same rule as the default 1, 2, 4 s, faster.
    m_server->setEnvironmentValue(u"OMB_STREAM_RETRY_FIRST_MS"_s, u"200"_s);
    m_server->setEnvironmentValue(u"OMB_STREAM_RETRIES"_s, u"3"_s);
    const QString folder = m_server->dataDir() + u"/music/Radio"_s;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(AudioFixtures::writeSineWav(folder + u"/1-after.wav"_s, 20000));
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(playlistByTitle(u"Radio"_s).value(u"track_count"_s).toInt() == 1, 15000);
    m_playlistId = playlistByTitle(u"Radio"_s).value(u"id"_s).toString();
}

void tst_StreamApi::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QJsonObject tst_StreamApi::playlistByTitle(const QString &title)
{
    const QJsonArray playlists = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &playlist : playlists) {
        if (playlist[u"title"_s].toString() == title)
            return playlist.toObject();
    }
    return {};
}

void tst_StreamApi::addStreamValidates_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");

    QTest::newRow("no url") << QJsonObject {{u"title"_s, u"Radio"_s}} << u"url"_s;
    QTest::newRow("ftp") << QJsonObject {{u"url"_s, u"ftp://radio.example/live"_s}} << u"url"_s;
    QTest::newRow("a file") << QJsonObject {{u"url"_s, u"file:///etc/passwd"_s}} << u"url"_s;
    QTest::newRow("not a url") << QJsonObject {{u"url"_s, u"radio"_s}} << u"url"_s;
    QTest::newRow("too long") << QJsonObject {{u"url"_s,
                                               QString(u"http://radio.example/"_s + QString(2100, u'a'))}}
                              << u"url"_s;
    QTest::newRow("url not a string") << QJsonObject {{u"url"_s, 7}} << u"url"_s;
    QTest::newRow("empty title") << QJsonObject {{u"url"_s, u"http://radio.example/"_s}, {u"title"_s, u" "_s}}
                                 << u"title"_s;
    QTest::newRow("title too long") << QJsonObject {{u"url"_s, u"http://radio.example/"_s},
                                                    {u"title"_s, QString(256, u'x')}}
                                    << u"title"_s;
}

void tst_StreamApi::addStreamValidates()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const auto refused = m_http->post(u"/api/playlists/%1/streams"_s.arg(m_playlistId), body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json()[u"error_type"_s].toString(), u"validation_error"_s);
    QCOMPARE(refused.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), field);
    QCOMPARE(playlistByTitle(u"Radio"_s).value(u"track_count"_s).toInt(), 1); // nothing was added
}

void tst_StreamApi::addedStreamIsATrack()
{
    const auto unknown
        = m_http->post(u"/api/playlists/nope/streams"_s, {{u"url"_s, u"http://radio.example/live"_s}});
    QCOMPARE(unknown.status, 404);

    const auto added = m_http->post(u"/api/playlists/%1/streams"_s.arg(m_playlistId),
                                    {{u"url"_s, u"https://radio.example:8443/live?q=1"_s}});
    QCOMPARE(added.status, 201);
    const QJsonObject track = added.data()[u"track"_s].toObject();
    QCOMPARE(track[u"title"_s].toString(), u"radio.example"_s); // no title: the host
    QCOMPARE(track[u"stream_url"_s].toString(), u"https://radio.example:8443/live?q=1"_s);
    QCOMPARE(track[u"filename"_s].toString(), QString());
    QCOMPARE(track[u"file_path"_s].toString(), QString());
    QCOMPARE(track[u"duration_ms"_s].toInteger(), qint64(0));
    QCOMPARE(track[u"track_number"_s].toInt(), 2);
    QCOMPARE(added.data()[u"playlist"_s][u"track_count"_s].toInt(), 2);

    // The library sync leaves it alone: it has no file, and is not missing one.
    QCOMPARE(m_http->post(u"/api/playlists/sync"_s).status, 200);
    const QJsonObject playlist = m_http->get(u"/api/playlists/%1"_s.arg(m_playlistId)).data().toObject();
    QCOMPARE(playlist[u"track_count"_s].toInt(), 2);
    QCOMPARE(playlist[u"tracks"_s][1][u"stream_url"_s].toString(), track[u"stream_url"_s].toString());
    QVERIFY(playlist[u"tracks"_s][0][u"stream_url"_s].isNull());

    // Into the trash and back.
    const auto deleted = m_http->del(u"/api/playlists/%1/tracks"_s.arg(m_playlistId),
                                     {{u"track_numbers"_s, QJsonArray {2}}});
    QCOMPARE(deleted.status, 200);
    const QString entry = deleted.data()[u"trash_entry_id"_s].toString();
    QVERIFY(!entry.isEmpty());
    QCOMPARE(m_http->post(u"/api/trash/%1/restore"_s.arg(entry)).status, 200);
    const QJsonObject restored = m_http->get(u"/api/playlists/%1"_s.arg(m_playlistId)).data().toObject();
    QCOMPARE(restored[u"track_count"_s].toInt(), 2);
    QCOMPARE(restored[u"tracks"_s][1][u"stream_url"_s].toString(), track[u"stream_url"_s].toString());

    // And after a restart (the database keeps it; the sync at start does not remove it).
    QVERIFY(m_server->terminate());
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/playlists/%1"_s.arg(m_playlistId))
                                     .data()[u"tracks"_s][1][u"stream_url"_s]
                                     .toString()
                                 == track[u"stream_url"_s].toString(),
                             15000);
}

void tst_StreamApi::playsReconnectsAndMovesOn()
{
    LoopbackRadio radio(m_frames, fixtureMs);
    QVERIFY(radio.listen());
    const auto added = m_http->post(u"/api/playlists/%1/streams"_s.arg(m_playlistId),
                                    {{u"url"_s, radio.url()}, {u"title"_s, u"Loopback FM"_s}});
    QCOMPARE(added.status, 201);
    const QString streamId = added.data()[u"track"_s][u"id"_s].toString();
    const QString fileId = added.data()[u"playlist"_s][u"tracks"_s][0][u"id"_s].toString();
    // The stream first, the file after it.
    QCOMPARE(m_http
                 ->post(u"/api/playlists/%1/reorder"_s.arg(m_playlistId),
                        {{u"track_order"_s, QJsonArray {streamId, fileId}}})
                 .status,
             200);

    WsTestClient ws;
    ws.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())));
    QTRY_VERIFY_WITH_TIMEOUT(ws.isConnected(), 10000);
    ws.sendEvent(u"join:playlists"_s);
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasEvent(u"ack:join"_s), 10000);

    const auto started = m_http->post(u"/api/playlists/%1/start"_s.arg(m_playlistId));
    QCOMPARE(started.status, 200);
    QCOMPARE(started.data()[u"active_track_id"_s].toString(), streamId);
    QCOMPARE(started.data()[u"active_track"_s][u"stream_url"_s].toString(), radio.url());

    // It plays: the radio was asked, the position advances, the duration stays null.
    QTRY_COMPARE_WITH_TIMEOUT(radio.requests(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(player()[u"position_ms"_s].toInteger() > 1500, 15000);
    QJsonObject state = player();
    QCOMPARE(state[u"state"_s].toString(), u"playing"_s);
    QVERIFY(state[u"duration_ms"_s].isNull());
    QCOMPARE(state[u"is_live"_s].toBool(), true);

    const auto seek = m_http->post(u"/api/player/seek"_s, {{u"position_ms"_s, 500}});
    QCOMPARE(seek.status, 409);
    QCOMPARE(seek.json()[u"details"_s][u"reason"_s].toString(), u"live_stream"_s);

    // The radio drops the connection: the box connects again and goes on playing the stream.
    QElapsedTimer clock;
    clock.start();
    radio.dropListeners();
    QTRY_VERIFY_WITH_TIMEOUT(radio.requests() >= 2, 10000);
    const qint64 reconnectMs = clock.elapsed();
    const qint64 sentBefore = radio.bytesSent();
    QTRY_VERIFY_WITH_TIMEOUT(radio.bytesSent() > sentBefore + 16 * 1024, 10000); // it listens again
    state = player();
    QCOMPARE(state[u"active_track_id"_s].toString(), streamId);
    QCOMPARE(state[u"state"_s].toString(), u"playing"_s);
    QVERIFY(!ws.hasEvent(u"state:track_failed"_s));

    // Off the air: after its reconnects the box gives up, says so, and plays the next track.
    clock.restart();
    radio.shutDown();
    QTRY_COMPARE_WITH_TIMEOUT(player()[u"active_track_id"_s].toString(), fileId, 20000);
    qInfo("connected again %lld ms after the drop; the next track %lld ms after the radio went off the air",
          reconnectMs, clock.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasEvent(u"state:track_failed"_s), 5000);
    for (const WsTestClient::Event &event : ws.events()) {
        if (event.name != u"state:track_failed"_s)
            continue;
        const QJsonObject failure = event.data[u"data"_s].toObject(); // inside the state envelope
        QCOMPARE(failure[u"track_id"_s].toString(), streamId);
        QCOMPARE(failure[u"playlist_id"_s].toString(), m_playlistId);
        QCOMPARE(failure[u"title"_s].toString(), u"Loopback FM"_s);
        QCOMPARE(failure[u"stream"_s].toBool(), true);
        QVERIFY(!failure[u"message"_s].toString().isEmpty());
    }
    state = player();
    QCOMPARE(state[u"state"_s].toString(), u"playing"_s);
    QCOMPARE(state[u"is_live"_s].toBool(), false);
    QVERIFY(qAbs(state[u"duration_ms"_s].toInteger() - 20000) <= 100);
    QTRY_VERIFY_WITH_TIMEOUT(player()[u"position_ms"_s].toInteger() > 300, 10000);
}

QTEST_GUILESS_MAIN(tst_StreamApi)
#include "tst_streamapi.moc"
