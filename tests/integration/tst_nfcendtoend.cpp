// SPDX-License-Identifier: GPL-3.0-or-later
// NFC end to end: the real server as a child process reading the PN532 simulator on a pseudo-terminal, real
// audio files in its music folder, a /ws client in the rooms. A placed tag plays its playlist, lifting it
// pauses, the association flows over HTTP and over the socket (duplicate, override, timeout, cancel), the
// simulated reader takes commands over HTTP and from the terminal, and the health follows the reader.

#include "audiofixtures.h"
#include "httpclient.h"
#include "pn532simulator.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString bedtimeTag = u"04a1b2c3d4e5f6"_s;
const QString unknownTag = u"99887766"_s;
} // namespace

class tst_NfcEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tagPlaysAndLiftingPauses();
    void tagPutBackAtOnceResumes();
    void associationOverHttp();
    void associationOverSocket();
    void readerLossShowsInStatusAndHealth();
    void missingI2cDeviceLeavesTheBoxRunning();
    void simulatedReader();
    void noReaderHasNoSimulateRoute();

private:
    void startBox(const QStringList &arguments, int debounceMs = 20);
    QString playlistId(const QString &title);
    bool sawEvent(const QString &name, const std::function<bool(const QJsonObject &)> &match) const;
    QJsonObject lastEvent(const QString &name) const;

    std::unique_ptr<Pn532Simulator> m_simulator;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<WsTestClient> m_ws;
    QString m_bedtime;
    QString m_animals;
};

void tst_NfcEndToEnd::init()
{
    m_simulator = std::make_unique<Pn532Simulator>();
    QVERIFY(m_simulator->open());
}

void tst_NfcEndToEnd::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server output:" << m_server->output().right(4000);
    m_ws.reset();
    m_http.reset();
    m_server.reset();
    m_simulator.reset();
}

void tst_NfcEndToEnd::startBox(const QStringList &arguments, int debounceMs)
{
    m_server = std::make_unique<ServerProcess>(arguments);
    const QString bedtime = m_server->dataDir() + u"/music/Bedtime Stories"_s;
    const QString animals = m_server->dataDir() + u"/music/Animal Songs"_s;
    QVERIFY(QDir().mkpath(bedtime) && QDir().mkpath(animals));
    QVERIFY(AudioFixtures::writeSineWav(bedtime + u"/1-owl.wav"_s, 20000, 440));
    QVERIFY(AudioFixtures::writeSineWav(bedtime + u"/2-moon.wav"_s, 20000, 550));
    QVERIFY(AudioFixtures::writeSineWav(animals + u"/1-cat.wav"_s, 20000, 660));
    // Short grace and debounce windows keep the test quick; their exact rules are unit-tested (TagPresence).
    m_server->setEnvironmentValue(u"OMB_NFC_REMOVAL_GRACE_MS"_s, u"300"_s);
    m_server->setEnvironmentValue(u"OMB_NFC_DEBOUNCE_MS"_s, QString::number(debounceMs));
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(
        !playlistId(u"Bedtime Stories"_s).isEmpty() && !playlistId(u"Animal Songs"_s).isEmpty(), 15000);
    m_bedtime = playlistId(u"Bedtime Stories"_s);
    m_animals = playlistId(u"Animal Songs"_s);

    m_ws = std::make_unique<WsTestClient>();
    m_ws->open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())));
    QTRY_VERIFY_WITH_TIMEOUT(m_ws->isConnected(), 10000);
    m_ws->sendEvent(u"join:playlists"_s);
    m_ws->sendEvent(u"join:nfc"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->eventNames().count(u"ack:join"_s), 2, 10000);
}

QString tst_NfcEndToEnd::playlistId(const QString &title)
{
    const QJsonArray playlists = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &playlist : playlists) {
        if (playlist[u"title"_s].toString() == title && playlist[u"track_count"_s].toInt() > 0)
            return playlist[u"id"_s].toString();
    }
    return {};
}

bool tst_NfcEndToEnd::sawEvent(const QString &name,
                               const std::function<bool(const QJsonObject &)> &match) const
{
    for (const WsTestClient::Event &event : m_ws->events()) {
        if (event.name == name && match(event.data))
            return true;
    }
    return false;
}

QJsonObject tst_NfcEndToEnd::lastEvent(const QString &name) const
{
    QJsonObject last;
    for (const WsTestClient::Event &event : m_ws->events()) {
        if (event.name == name)
            last = event.data;
    }
    return last;
}

void tst_NfcEndToEnd::tagPlaysAndLiftingPauses()
{
    startBox({u"--nfc"_s, u"pn532:"_s + m_simulator->portPath()});
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s][u"available"_s].toBool(),
                             10000);
    const auto associated
        = m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, bedtimeTag}, {u"playlist_id"_s, m_bedtime}});
    QCOMPARE(associated.status, 200);

    m_simulator->placeTagHex(bedtimeTag);
    auto playing = [this](const QJsonObject &player) {
        const QJsonObject state = player.value(u"data"_s).toObject();
        return state.value(u"is_playing"_s).toBool()
            && state.value(u"active_playlist_id"_s).toString() == m_bedtime;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"state:player"_s, playing), 10000);
    // Real audio: the position moves.
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/player/status"_s).data()[u"position_ms"_s].toInteger() > 0,
                             10000);
    QCOMPARE(m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].toString(), bedtimeTag);

    m_simulator->liftTag();
    auto paused = [this](const QJsonObject &player) {
        return player.value(u"data"_s).toObject().value(u"state"_s).toString() == u"paused"_s;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"state:player"_s, paused), 10000);
    QVERIFY(m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].isNull());

    m_simulator->placeTagHex(bedtimeTag); // placed again: resumes
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool(), 10000);
    QCOMPARE(lastEvent(u"state:player"_s).value(u"data"_s).toObject().value(u"state"_s).toString(),
             u"playing"_s);

    m_simulator->placeTagHex(unknownTag);
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"state:nfc_unknown_tag"_s,
                                      [](const QJsonObject &e) {
                                          return e.value(u"data"_s).toObject().value(u"tag_id"_s).toString()
                                              == unknownTag;
                                      }),
                             10000);
    QVERIFY(m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool()); // unchanged
    QVERIFY(m_ws->hasEvent(u"nfc_status"_s));
}

void tst_NfcEndToEnd::tagPutBackAtOnceResumes()
{
    // A child lifts the tag, waits for the pause and puts it straight back, inside the debounce window, and
    // leaves it there: the music comes back once the window ends (§6.2).
    startBox({u"--nfc"_s, u"pn532:"_s + m_simulator->portPath()}, 1500);
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s][u"available"_s].toBool(),
                             10000);
    QCOMPARE(m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, bedtimeTag}, {u"playlist_id"_s, m_bedtime}})
                 .status,
             200);
    m_simulator->placeTagHex(bedtimeTag);
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool(), 10000);

    m_simulator->liftTag();
    auto paused = [](const QJsonObject &player) {
        return player.value(u"data"_s).toObject().value(u"state"_s).toString() == u"paused"_s;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"state:player"_s, paused), 10000);
    m_simulator->placeTagHex(bedtimeTag); // straight back
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool(), 10000);
    QCOMPARE(m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].toString(), bedtimeTag);
    QCOMPARE(lastEvent(u"state:player"_s).value(u"data"_s).toObject().value(u"state"_s).toString(),
             u"playing"_s);
}

void tst_NfcEndToEnd::associationOverHttp()
{
    startBox({u"--nfc"_s, u"pn532:"_s + m_simulator->portPath()});
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s][u"available"_s].toBool(),
                             10000);
    QCOMPARE(m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, bedtimeTag}, {u"playlist_id"_s, m_bedtime}})
                 .status,
             200);

    // Duplicate: Bedtime's tag placed while Animal Songs waits; it does not start playback.
    const auto scan = m_http->post(u"/api/nfc/scan"_s, {{u"playlist_id"_s, m_animals}});
    QCOMPARE(scan.status, 200);
    const QString sessionId = scan.data()[u"session_id"_s].toString();
    QCOMPARE(scan.data()[u"scan_id"_s].toString(), sessionId);
    QCOMPARE(scan.data()[u"timeout_ms"_s].toInt(), 60000);
    QVERIFY(m_http->get(u"/api/nfc/status"_s).data()[u"association_mode"_s].toBool());
    m_simulator->placeTagHex(bedtimeTag);
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"nfc_association_state"_s,
                                      [&](const QJsonObject &e) {
                                          return e.value(u"state"_s).toString() == u"duplicate"_s
                                              && e.value(u"existing_playlist"_s).toObject().value(u"id"_s)
                                              == m_bedtime;
                                      }),
                             10000);
    QVERIFY(!m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool());

    // Without override: 409 naming the owner; with it, the tag moves and the session succeeds.
    const auto refused
        = m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, bedtimeTag}, {u"playlist_id"_s, m_animals}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json()[u"details"_s][u"existing_playlist"_s][u"id"_s].toString(), m_bedtime);
    const auto moved
        = m_http->post(u"/api/nfc/associate"_s,
                       {{u"tag_id"_s, bedtimeTag}, {u"playlist_id"_s, m_animals}, {u"override"_s, true}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.data()[u"association"_s][u"previous_playlist_id"_s].toString(), m_bedtime);
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"nfc_association_state"_s,
                                      [&](const QJsonObject &e) {
                                          return e.value(u"state"_s).toString() == u"success"_s
                                              && e.value(u"session_id"_s).toString() == sessionId;
                                      }),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        sawEvent(u"state:playlist_updated"_s,
                 [&](const QJsonObject &e) { return e.value(u"playlist_id"_s).toString() == m_animals; }),
        10000);
    QCOMPARE(m_http->get(u"/api/playlists/"_s + m_animals).data()[u"nfc_tag_id"_s].toString(), bedtimeTag);
    QVERIFY(m_http->get(u"/api/playlists/"_s + m_bedtime).data()[u"nfc_tag_id"_s].isNull());
    QVERIFY(
        !m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool()); // placed during a session

    // Timeout.
    const auto shortScan
        = m_http->post(u"/api/nfc/scan"_s, {{u"playlist_id"_s, m_bedtime}, {u"timeout_ms"_s, 1000}});
    QCOMPARE(shortScan.status, 200);
    const QString shortId = shortScan.data()[u"session_id"_s].toString();
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"nfc_association_state"_s,
                                      [&](const QJsonObject &e) {
                                          return e.value(u"state"_s).toString() == u"timeout"_s
                                              && e.value(u"session_id"_s).toString() == shortId;
                                      }),
                             5000);

    // Cancel, twice.
    const auto third = m_http->post(u"/api/nfc/scan"_s, {{u"playlist_id"_s, m_bedtime}});
    const QString thirdId = third.data()[u"session_id"_s].toString();
    const auto cancelled = m_http->del(u"/api/nfc/session/"_s + thirdId);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.data()[u"state"_s].toString(), u"cancelled"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"nfc_association_state"_s,
                                      [&](const QJsonObject &e) {
                                          return e.value(u"state"_s).toString() == u"cancelled"_s
                                              && e.value(u"session_id"_s).toString() == thirdId;
                                      }),
                             5000);
    QCOMPARE(m_http->del(u"/api/nfc/session/"_s + thirdId).data()[u"state"_s].toString(), u"cancelled"_s);
    QCOMPARE(m_http->del(u"/api/nfc/session/nope"_s).status, 404);
    QCOMPARE(m_http->post(u"/api/nfc/scan"_s, {{u"playlist_id"_s, m_bedtime}, {u"timeout_ms"_s, 5}}).status,
             422);

    // Release the tag.
    const auto released = m_http->del(u"/api/nfc/associate/04:A1:B2:C3:D4:E5:F6"_s);
    QCOMPARE(released.status, 200);
    QCOMPARE(released.data()[u"playlist_id"_s].toString(), m_animals);
    QCOMPARE(m_http->del(u"/api/nfc/associate/"_s + bedtimeTag).status, 404);
}

void tst_NfcEndToEnd::associationOverSocket()
{
    startBox({u"--nfc"_s, u"pn532:"_s + m_simulator->portPath()});
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s][u"available"_s].toBool(),
                             10000);

    m_ws->sendEvent(u"start_nfc_link"_s, {{u"playlist_id"_s, m_bedtime}});
    QTRY_VERIFY_WITH_TIMEOUT(
        sawEvent(u"ack:op"_s,
                 [&](const QJsonObject &e) {
                     return e.value(u"data"_s).toObject().value(u"playlist_id"_s).toString() == m_bedtime;
                 }),
        10000);
    QVERIFY(sawEvent(u"nfc_association_state"_s,
                     [](const QJsonObject &e) { return e.value(u"state"_s).toString() == u"waiting"_s; }));
    m_simulator->placeTagHex(bedtimeTag); // an unknown tag: success
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"nfc_association_state"_s,
                                      [](const QJsonObject &e) {
                                          return e.value(u"state"_s).toString() == u"success"_s
                                              && e.value(u"tag_id"_s).toString() == bedtimeTag;
                                      }),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http->get(u"/api/playlists/"_s + m_bedtime).data()[u"nfc_tag_id"_s].toString(), bedtimeTag, 5000);
    m_simulator->liftTag();
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].isNull(), 5000);

    // stop_nfc_link without a session: err:op not_found.
    m_ws->sendEvent(u"stop_nfc_link"_s, {{u"playlist_id"_s, m_bedtime}});
    QTRY_VERIFY_WITH_TIMEOUT(
        sawEvent(u"err:op"_s,
                 [](const QJsonObject &e) { return e.value(u"error_type"_s).toString() == u"not_found"_s; }),
        10000);
    // start then stop: cancelled, and the ack says so.
    m_ws->sendEvent(u"start_nfc_link"_s, {{u"playlist_id"_s, m_animals}});
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"association_mode"_s].toBool(), 10000);
    m_ws->sendEvent(u"stop_nfc_link"_s, {{u"playlist_id"_s, m_animals}});
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"ack:op"_s,
                                      [](const QJsonObject &e) {
                                          return e.value(u"data"_s).toObject().value(u"state"_s).toString()
                                              == u"cancelled"_s;
                                      }),
                             10000);
    QVERIFY(!m_http->get(u"/api/nfc/status"_s).data()[u"association_mode"_s].toBool());

    // Duplicate then a tagless override: the held tag moves to Animal Songs.
    m_ws->sendEvent(u"start_nfc_link"_s, {{u"playlist_id"_s, m_animals}});
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"association_mode"_s].toBool(), 10000);
    m_simulator->placeTagHex(bedtimeTag);
    QTRY_VERIFY_WITH_TIMEOUT(
        sawEvent(u"nfc_association_state"_s,
                 [](const QJsonObject &e) { return e.value(u"state"_s).toString() == u"duplicate"_s; }),
        10000);
    m_ws->sendEvent(u"override_nfc_tag"_s, {{u"playlist_id"_s, m_animals}});
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(u"ack:op"_s,
                                      [](const QJsonObject &e) {
                                          const QJsonObject data = e.value(u"data"_s).toObject();
                                          return data.value(u"override"_s).toBool()
                                              && data.value(u"completed"_s).toBool();
                                      }),
                             10000);
    QCOMPARE(lastEvent(u"ack:op"_s).value(u"data"_s).toObject().value(u"tag_id"_s).toString(), bedtimeTag);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http->get(u"/api/playlists/"_s + m_animals).data()[u"nfc_tag_id"_s].toString(), bedtimeTag, 5000);
    QVERIFY(!m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool());

    // Override with an explicit tag, no session needed.
    m_ws->sendEvent(u"override_nfc_tag"_s, {{u"playlist_id"_s, m_bedtime}, {u"tag_id"_s, bedtimeTag}});
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http->get(u"/api/playlists/"_s + m_bedtime).data()[u"nfc_tag_id"_s].toString(), bedtimeTag, 10000);
    QVERIFY(lastEvent(u"nfc_association_state"_s).value(u"previous_playlist_id"_s).toString() == m_animals);
}

void tst_NfcEndToEnd::readerLossShowsInStatusAndHealth()
{
    startBox({u"--nfc"_s, u"pn532:"_s + m_simulator->portPath()});
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/health"_s).data()[u"services"_s][u"nfc"_s].toBool(), 10000);
    const QJsonObject reader = m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s].toObject();
    QCOMPARE(reader.value(u"kind"_s).toString(), u"pn532_uart"_s);
    QCOMPARE(reader.value(u"port"_s).toString(), m_simulator->portPath());

    m_simulator->closeLine();
    QTRY_VERIFY_WITH_TIMEOUT(!m_http->get(u"/api/health"_s).data()[u"services"_s][u"nfc"_s].toBool(), 10000);
    const QJsonObject lost = m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s].toObject();
    QCOMPARE(lost.value(u"available"_s).toBool(), false);
    QVERIFY(!lost.value(u"last_error"_s).toString().isEmpty());
    QVERIFY(sawEvent(u"nfc_status"_s, [](const QJsonObject &e) {
        return !e.value(u"reader"_s).toObject().value(u"available"_s).toBool();
    }));

    QVERIFY(m_simulator->open()); // plugged back in
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/health"_s).data()[u"services"_s][u"nfc"_s].toBool(), 15000);
}

void tst_NfcEndToEnd::missingI2cDeviceLeavesTheBoxRunning()
{
    const QString missing = QDir::temp().filePath(u"omb-no-such-i2c-adapter/i2c-9"_s);
    startBox({u"--nfc"_s, u"pn532-i2c:"_s + missing + u"@0x24"_s});
    QTRY_VERIFY_WITH_TIMEOUT(
        m_server->output().contains(u"cannot open %1: No such file or directory"_s.arg(missing)), 10000);
    const QJsonObject health = m_http->get(u"/api/health"_s).data().toObject();
    QCOMPARE(health.value(u"status"_s).toString(), u"degraded"_s);
    QCOMPARE(health.value(u"services"_s).toObject().value(u"nfc"_s).toBool(true), false);
    const QJsonObject reader = m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s].toObject();
    QCOMPARE(reader.value(u"kind"_s).toString(), u"pn532_i2c"_s);
    QCOMPARE(reader.value(u"port"_s).toString(), missing + u"@0x24"_s);
    QCOMPARE(reader.value(u"available"_s).toBool(true), false);
    QVERIFY(reader.value(u"last_error"_s).toString().startsWith(u"cannot open "_s));

    // The box goes on: it plays a playlist, and the reader keeps looking for its device.
    QCOMPARE(m_http->post(u"/api/playlists/%1/start"_s.arg(m_bedtime), {}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool(), 10000);
    QCOMPARE(m_server->process().state(), QProcess::Running);
}

void tst_NfcEndToEnd::simulatedReader()
{
    startBox({u"--nfc"_s, u"simulated"_s});
    QCOMPARE(m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, bedtimeTag}, {u"playlist_id"_s, m_bedtime}})
                 .status,
             200);
    const auto placed
        = m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, bedtimeTag}, {u"action"_s, u"place"_s}});
    QCOMPARE(placed.status, 200);
    // A placement is processed before the response.
    QCOMPARE(m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].toString(), bedtimeTag);
    QCOMPARE(m_http->get(u"/api/player/status"_s).data()[u"active_playlist_id"_s].toString(), m_bedtime);
    QCOMPARE(
        m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, bedtimeTag}, {u"action"_s, u"jump"_s}}).status,
        422);
    QCOMPARE(
        m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, bedtimeTag}, {u"action"_s, u"remove"_s}}).status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].isNull(), 5000);

    // From the terminal.
    m_server->process().write("place 1a2b3c4d\n");
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].toString(),
                              u"1a2b3c4d"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->output().contains(u"nfc: placed 1a2b3c4d"_s), 5000);
    QCOMPARE(m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s][u"kind"_s].toString(), u"mock"_s);
}

void tst_NfcEndToEnd::noReaderHasNoSimulateRoute()
{
    startBox({u"--nfc"_s, u"none"_s});
    QCOMPARE(
        m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, bedtimeTag}, {u"action"_s, u"place"_s}}).status,
        404);
    const QJsonObject status = m_http->get(u"/api/nfc/status"_s).data().toObject();
    QCOMPARE(status.value(u"reader"_s).toObject().value(u"kind"_s).toString(), u"none"_s);
    QCOMPARE(status.value(u"reader"_s).toObject().value(u"available"_s).toBool(), false);
    QVERIFY(!m_http->get(u"/api/health"_s).data()[u"services"_s][u"nfc"_s].toBool());
}

QTEST_GUILESS_MAIN(tst_NfcEndToEnd)
#include "tst_nfcendtoend.moc"
