// SPDX-License-Identifier: GPL-3.0-or-later
// The player API end to end (PROTOCOL.md §4.3, §2.6): the real server as a child process with real audio
// files in its music folder (imported by the library sync at start), driven over HTTP, including bad values
// and the rate limit.

#include "audiofixtures.h"
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PlayerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startAndStatus();
    void commands();
    void badValues_data();
    void badValues();
    void volumeMuteShuffleRepeat();
    void unplayableFiles();
    void rateLimit();
    void sleepTimer();
    void playlistVolumeLimits();

private:
    void startServer(const QList<std::pair<QString, QString>> &environment = {});
    QJsonObject playlistByTitle(const QString &title);
    QJsonObject state(const HttpClient::Response &response) const { return response.data().toObject(); }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_playlistId;
};

void tst_PlayerApi::init()
{
    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s});
    const QString songs = m_server->dataDir() + u"/music/Songs"_s;
    const QString broken = m_server->dataDir() + u"/music/Broken"_s;
    QVERIFY(QDir().mkpath(songs) && QDir().mkpath(broken));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(AudioFixtures::writeSineWav(u"%1/%2-tone.wav"_s.arg(songs).arg(i), 8000, 300 + 100 * i));
    QVERIFY(AudioFixtures::writeSineWav(broken + u"/1-a.wav"_s, 2000));
    QVERIFY(AudioFixtures::writeSineWav(broken + u"/2-b.wav"_s, 2000));
}

void tst_PlayerApi::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void tst_PlayerApi::startServer(const QList<std::pair<QString, QString>> &environment)
{
    for (const auto &[name, value] : environment)
        m_server->setEnvironmentValue(name, value);
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    // The library sync imports the music folder after listen.
    QTRY_VERIFY_WITH_TIMEOUT(playlistByTitle(u"Songs"_s).value(u"track_count"_s).toInt() == 3, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(playlistByTitle(u"Broken"_s).value(u"track_count"_s).toInt() == 2, 15000);
    m_playlistId = playlistByTitle(u"Songs"_s).value(u"id"_s).toString();
}

QJsonObject tst_PlayerApi::playlistByTitle(const QString &title)
{
    const QJsonArray playlists = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &playlist : playlists) {
        if (playlist[u"title"_s].toString() == title)
            return playlist.toObject();
    }
    return {};
}

void tst_PlayerApi::startAndStatus()
{
    startServer();
    const auto idle = m_http->get(u"/api/player/status"_s);
    QCOMPARE(idle.status, 200);
    QCOMPARE(state(idle).value(u"state"_s).toString(), u"stopped"_s);
    QVERIFY(state(idle).value(u"active_playlist_id"_s).isNull());

    const auto started = m_http->post(u"/api/playlists/%1/start"_s.arg(m_playlistId));
    QCOMPARE(started.status, 200);
    QCOMPARE(state(started).value(u"state"_s).toString(), u"playing"_s);
    QCOMPARE(state(started).value(u"is_playing"_s).toBool(), true);
    QCOMPARE(state(started).value(u"active_playlist_id"_s).toString(), m_playlistId);
    QCOMPARE(state(started).value(u"active_playlist_title"_s).toString(), u"Songs"_s);
    QCOMPARE(state(started).value(u"track_index"_s).toInt(), 0);
    QCOMPARE(state(started).value(u"track_count"_s).toInt(), 3);
    QCOMPARE(state(started).value(u"can_next"_s).toBool(), true);
    QCOMPARE(state(started).value(u"server_seq"_s).toInteger(),
             started.json().value(u"server_seq"_s).toInteger());
    QVERIFY(qAbs(state(started).value(u"duration_ms"_s).toInteger() - 8000) <= 50);

    // Real audio: the position moves.
    QTRY_VERIFY_WITH_TIMEOUT(
        state(m_http->get(u"/api/player/status"_s)).value(u"position_ms"_s).toInteger() > 500, 5000);

    const QJsonObject tracks = m_http->get(u"/api/playlists/%1"_s.arg(m_playlistId)).data().toObject();
    const QString third = tracks[u"tracks"_s][2][u"id"_s].toString();
    const auto chosen
        = m_http->post(u"/api/playlists/%1/start"_s.arg(m_playlistId), {{u"track_id"_s, third}});
    QCOMPARE(state(chosen).value(u"active_track_id"_s).toString(), third);
    QCOMPARE(state(chosen).value(u"track_index"_s).toInt(), 2);

    const auto unknown = m_http->post(u"/api/playlists/nope/start"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json()[u"details"_s][u"resource"_s].toString(), u"playlist"_s);
    const auto unknownTrack
        = m_http->post(u"/api/playlists/%1/start"_s.arg(m_playlistId), {{u"track_id"_s, u"nope"_s}});
    QCOMPARE(unknownTrack.status, 404);
    QCOMPARE(unknownTrack.json()[u"details"_s][u"resource"_s].toString(), u"track"_s);
    const auto badTrack
        = m_http->post(u"/api/playlists/%1/start"_s.arg(m_playlistId), {{u"track_id"_s, u"not valid!"_s}});
    QCOMPARE(badTrack.status, 422);
}

void tst_PlayerApi::commands()
{
    startServer();
    const auto nothing = m_http->post(u"/api/player/next"_s);
    QCOMPARE(nothing.status, 200); // impossible, but a PlayerState with a message
    QCOMPARE(nothing.json()[u"message"_s].toString(), u"nothing is loaded"_s);

    m_http->post(u"/api/playlists/%1/start"_s.arg(m_playlistId));
    QCOMPARE(state(m_http->post(u"/api/player/pause"_s)).value(u"state"_s).toString(), u"paused"_s);
    QCOMPARE(state(m_http->post(u"/api/player/play"_s)).value(u"state"_s).toString(), u"playing"_s);
    QCOMPARE(state(m_http->post(u"/api/player/toggle"_s)).value(u"state"_s).toString(), u"paused"_s);
    const auto next = m_http->post(u"/api/player/next"_s);
    QCOMPARE(state(next).value(u"state"_s).toString(), u"playing"_s);
    QCOMPARE(state(next).value(u"track_index"_s).toInt(), 1);
    QCOMPARE(state(m_http->post(u"/api/player/previous"_s)).value(u"track_index"_s).toInt(), 0);

    const auto seek = m_http->post(u"/api/player/seek"_s, {{u"position_ms"_s, 5000}});
    QCOMPARE(seek.status, 200);
    QVERIFY(state(seek).value(u"position_ms"_s).toInteger() >= 5000);
    const auto beyond = m_http->post(u"/api/player/seek"_s, {{u"position_ms"_s, 999999}});
    QCOMPARE(beyond.status, 200); // clamped to the duration
    QVERIFY(beyond.json()[u"message"_s].toString().contains(u"clamped"_s));
    QVERIFY(state(beyond).value(u"position_ms"_s).toInteger()
            <= state(beyond).value(u"duration_ms"_s).toInteger());
    // The end of track 1 advances to track 2.
    QTRY_COMPARE_WITH_TIMEOUT(state(m_http->get(u"/api/player/status"_s)).value(u"track_index"_s).toInt(), 1,
                              5000);

    const auto stopped = m_http->post(u"/api/player/stop"_s);
    QCOMPARE(state(stopped).value(u"state"_s).toString(), u"stopped"_s);
    QCOMPARE(state(stopped).value(u"position_ms"_s).toInteger(), 0);
    QCOMPARE(state(stopped).value(u"active_playlist_id"_s).toString(), m_playlistId); // kept after stop
    const auto seekStopped = m_http->post(u"/api/player/seek"_s, {{u"position_ms"_s, 1000}});
    QCOMPARE(seekStopped.status, 200);
    QCOMPARE(state(seekStopped).value(u"position_ms"_s).toInteger(), 0);
}

void tst_PlayerApi::badValues_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("volume 101") << u"volume"_s << QJsonObject {{u"volume"_s, 101}} << u"volume"_s;
    QTest::newRow("volume -1") << u"volume"_s << QJsonObject {{u"volume"_s, -1}} << u"volume"_s;
    QTest::newRow("volume loud") << u"volume"_s << QJsonObject {{u"volume"_s, u"loud"_s}} << u"volume"_s;
    QTest::newRow("volume 50.5") << u"volume"_s << QJsonObject {{u"volume"_s, 50.5}} << u"volume"_s;
    QTest::newRow("volume missing") << u"volume"_s << QJsonObject {} << u"volume"_s;
    QTest::newRow("seek -1") << u"seek"_s << QJsonObject {{u"position_ms"_s, -1}} << u"position_ms"_s;
    QTest::newRow("seek text") << u"seek"_s << QJsonObject {{u"position_ms"_s, u"10"_s}} << u"position_ms"_s;
    QTest::newRow("mute text") << u"mute"_s << QJsonObject {{u"muted"_s, u"yes"_s}} << u"muted"_s;
    QTest::newRow("shuffle missing") << u"shuffle"_s << QJsonObject {} << u"enabled"_s;
    QTest::newRow("repeat all") << u"repeat"_s << QJsonObject {{u"mode"_s, u"all"_s}} << u"mode"_s;
    QTest::newRow("sleep 181") << u"sleep"_s << QJsonObject {{u"minutes"_s, 181}} << u"minutes"_s;
    QTest::newRow("sleep -5") << u"sleep"_s << QJsonObject {{u"minutes"_s, -5}} << u"minutes"_s;
    QTest::newRow("sleep soon") << u"sleep"_s << QJsonObject {{u"minutes"_s, u"soon"_s}} << u"minutes"_s;
    QTest::newRow("sleep missing") << u"sleep"_s << QJsonObject {} << u"minutes"_s;
}

void tst_PlayerApi::badValues()
{
    QFETCH(QString, route);
    QFETCH(QJsonObject, body);
    startServer();
    const auto before = m_http->get(u"/api/player/status"_s);
    const auto response = m_http->post(u"/api/player/"_s + route, body);
    QCOMPARE(response.status, 422);
    QCOMPARE(response.json()[u"error_type"_s].toString(), u"validation_error"_s);
    QTEST(response.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), "field");
    QCOMPARE(state(m_http->get(u"/api/player/status"_s)).value(u"volume"_s),
             state(before).value(u"volume"_s));
}

void tst_PlayerApi::volumeMuteShuffleRepeat()
{
    startServer({{u"OMB_VOLUME_MAX"_s, u"80"_s}});
    QCOMPARE(state(m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 30}})).value(u"volume"_s).toInt(),
             30);
    const auto clamped = m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 95}});
    QCOMPARE(clamped.status, 200);
    QCOMPARE(state(clamped).value(u"volume"_s).toInt(), 80); // VOLUME_MAX
    QVERIFY(clamped.json()[u"message"_s].toString().contains(u"clamped"_s));
    QCOMPARE(state(m_http->post(u"/api/player/mute"_s)).value(u"muted"_s).toBool(), true); // absent = invert
    QCOMPARE(state(m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 40}})).value(u"muted"_s).toBool(),
             true);
    QCOMPARE(state(m_http->post(u"/api/player/mute"_s, {{u"muted"_s, false}})).value(u"muted"_s).toBool(),
             false);
    QCOMPARE(
        state(m_http->post(u"/api/player/shuffle"_s, {{u"enabled"_s, true}})).value(u"shuffle"_s).toBool(),
        true);
    QCOMPARE(
        state(m_http->post(u"/api/player/repeat"_s, {{u"mode"_s, u"track"_s}})).value(u"repeat"_s).toString(),
        u"track"_s);

    const QJsonObject once {{u"volume"_s, 55}, {u"client_op_id"_s, u"vol-1"_s}};
    const auto first = m_http->post(u"/api/player/volume"_s, once);
    const auto replay = m_http->post(u"/api/player/volume"_s, once);
    QCOMPARE(replay.header("X-Idempotent-Replay"), "true");
    QCOMPARE(replay.body, first.body);
}

void tst_PlayerApi::unplayableFiles()
{
    startServer();
    const QJsonObject broken = playlistByTitle(u"Broken"_s);
    const QString id = broken[u"id"_s].toString();
    const QJsonObject full = m_http->get(u"/api/playlists/%1"_s.arg(id)).data().toObject();
    const QString first = full[u"tracks"_s][0][u"id"_s].toString();
    QVERIFY(QFile::remove(full[u"tracks"_s][0][u"file_path"_s].toString()));
    const auto notPlayable = m_http->post(u"/api/playlists/%1/start"_s.arg(id), {{u"track_id"_s, first}});
    QCOMPARE(notPlayable.status, 409);
    QCOMPARE(notPlayable.json()[u"details"_s][u"reason"_s].toString(), u"track_not_playable"_s);
    const auto playsTheOther = m_http->post(u"/api/playlists/%1/start"_s.arg(id));
    QCOMPARE(state(playsTheOther).value(u"track_count"_s).toInt(), 1);

    QVERIFY(QFile::remove(full[u"tracks"_s][1][u"file_path"_s].toString()));
    const auto none = m_http->post(u"/api/playlists/%1/start"_s.arg(id));
    QCOMPARE(none.status, 409);
    QCOMPARE(none.json()[u"details"_s][u"reason"_s].toString(), u"no_playable_tracks"_s);
}

void tst_PlayerApi::rateLimit()
{
    startServer({{u"OMB_RATE_LIMIT_PLAYER_MAX"_s, u"3"_s}, {u"OMB_RATE_LIMIT_PLAYER_WINDOW_SEC"_s, u"60"_s}});
    QCOMPARE(m_http->post(u"/api/player/play"_s).status, 200);
    QCOMPARE(m_http->post(u"/api/player/pause"_s).status, 200);
    QCOMPARE(m_http->post(u"/api/player/stop"_s).status, 200);
    const auto limited = m_http->post(u"/api/player/pause"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json()[u"error_type"_s].toString(), u"rate_limit_exceeded"_s);
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    const QJsonObject details = limited.json()[u"details"_s].toObject();
    QCOMPARE(details[u"limit"_s].toInt(), 3);
    QCOMPARE(details[u"window_s"_s].toInt(), 60);
    QCOMPARE(details[u"retry_after_s"_s].toInt(), limited.header("Retry-After").toInt());

    QCOMPARE(m_http->post(u"/api/player/toggle"_s).status, 200); // only play, pause and stop are limited
    const auto otherClient
        = m_http->send("POST", u"/api/player/stop"_s, "{}", {{"User-Agent", "another-client"}});
    QCOMPARE(otherClient.status, 200); // the key is peer address + User-Agent
}

void tst_PlayerApi::sleepTimer()
{
    startServer();
    QCOMPARE(state(m_http->get(u"/api/player/status"_s)).value(u"sleep_timer"_s),
             QJsonValue(QJsonValue::Null));
    m_http->post(u"/api/playlists/%1/start"_s.arg(m_playlistId));
    const auto set = m_http->post(u"/api/player/sleep"_s, {{u"minutes"_s, 20}});
    QCOMPARE(set.status, 200);
    const QJsonObject timer = state(set).value(u"sleep_timer"_s).toObject();
    QVERIFY2(timer.value(u"remaining_ms"_s).toInteger() > 19 * 60000
                 && timer.value(u"remaining_ms"_s).toInteger() <= 20 * 60000,
             qPrintable(QString::number(timer.value(u"remaining_ms"_s).toInteger())));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(qAbs(timer.value(u"ends_at"_s).toInteger() - (now + 20 * 60000)) < 60000);
    QCOMPARE(state(set).value(u"state"_s).toString(), u"playing"_s);
    QCOMPARE(state(m_http->get(u"/api/player/status"_s)).value(u"sleep_timer"_s)[u"ends_at"_s],
             timer.value(u"ends_at"_s));

    const auto off = m_http->post(u"/api/player/sleep"_s, {{u"minutes"_s, 0}});
    QCOMPARE(off.status, 200);
    QCOMPARE(state(off).value(u"sleep_timer"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(state(off).value(u"state"_s).toString(), u"playing"_s);
}

void tst_PlayerApi::playlistVolumeLimits()
{
    startServer();
    QCOMPARE(state(m_http->get(u"/api/player/status"_s)).value(u"max_volume"_s).toInt(), 100);
    const QString path = u"/api/playlists/%1"_s.arg(m_playlistId);
    const auto set = m_http->put(path, {{u"max_volume"_s, 40}, {u"start_volume"_s, 25}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.data()[u"max_volume"_s].toInt(), 40);
    QCOMPARE(set.data()[u"start_volume"_s].toInt(), 25);
    QCOMPARE(set.data()[u"playlist"_s][u"max_volume"_s].toInt(), 40);
    QCOMPARE(playlistByTitle(u"Songs"_s).value(u"start_volume"_s).toInt(), 25); // the list has them too
    QVERIFY(m_http->get(u"/api/playlists/%1"_s.arg(playlistByTitle(u"Broken"_s)[u"id"_s].toString()))
                .data()[u"max_volume"_s]
                .isNull());

    m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 90}});
    const auto started = m_http->post(u"/api/playlists/%1/start"_s.arg(m_playlistId));
    QCOMPARE(state(started).value(u"volume"_s).toInt(), 25);
    QCOMPARE(state(started).value(u"max_volume"_s).toInt(), 40);
    const auto loud = m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 80}});
    QCOMPARE(loud.status, 200);
    QCOMPARE(state(loud).value(u"volume"_s).toInt(), 40);
    QVERIFY(loud.json()[u"message"_s].toString().contains(u"clamped"_s));

    // A lower maximum while it plays takes the volume down; null removes both limits.
    const auto lower = m_http->put(path, {{u"max_volume"_s, 30}});
    QCOMPARE(lower.status, 200);
    QCOMPARE(lower.data()[u"start_volume"_s].toInt(), 25); // untouched
    const QJsonObject lowered = state(m_http->get(u"/api/player/status"_s));
    QCOMPARE(lowered.value(u"max_volume"_s).toInt(), 30);
    QCOMPARE(lowered.value(u"volume"_s).toInt(), 30);
    const auto cleared
        = m_http->put(path, {{u"max_volume"_s, QJsonValue()}, {u"start_volume"_s, QJsonValue()}});
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.data()[u"max_volume"_s].isNull());
    QVERIFY(cleared.data()[u"start_volume"_s].isNull());
    QCOMPARE(state(m_http->get(u"/api/player/status"_s)).value(u"max_volume"_s).toInt(), 100);

    for (const auto &[field, value] : QList<std::pair<QString, QJsonValue>> {{u"max_volume"_s, 101},
                                                                             {u"max_volume"_s, u"50"_s},
                                                                             {u"start_volume"_s, -1},
                                                                             {u"start_volume"_s, 2.5}}) {
        const auto bad = m_http->put(path, {{field, value}});
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.json()[u"error_type"_s].toString(), u"validation_error"_s);
        QCOMPARE(bad.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), field);
    }
}

QTEST_GUILESS_MAIN(tst_PlayerApi)
#include "tst_playerapi.moc"
