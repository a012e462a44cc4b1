// SPDX-License-Identifier: GPL-3.0-or-later
// NFC end to end: the real server as a child process reading the PN532 simulator on a pseudo-terminal, real
// audio files in its music folder, a /ws client in the rooms. A placed tag plays its playlist, lifting it
// pauses, the simulated reader takes commands over HTTP and from the terminal, and the health follows the
// reader. Tying tags to playlists is tst_nfcassociation.

#include "nfcboxfixture.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString bedtimeTag = u"04a1b2c3d4e5f6"_s;
const QString unknownTag = u"99887766"_s;
} // namespace

class tst_NfcEndToEnd : public NfcBoxFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void tagPlaysAndLiftingPauses();
    void tagPutBackAtOnceResumes();
    void readerLossShowsInStatusAndHealth();
    void missingI2cDeviceLeavesTheBoxRunning();
    void simulatedReader();
    void noReaderHasNoSimulateRoute();
};

void tst_NfcEndToEnd::tagPlaysAndLiftingPauses()
{
    startBox(simulatorArguments());
    QTRY_VERIFY_WITH_TIMEOUT(readerAvailable(), 10000);
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
    startBox(simulatorArguments(), 1500);
    QTRY_VERIFY_WITH_TIMEOUT(readerAvailable(), 10000);
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

void tst_NfcEndToEnd::readerLossShowsInStatusAndHealth()
{
    startBox(simulatorArguments());
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
