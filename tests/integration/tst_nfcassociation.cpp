// SPDX-License-Identifier: GPL-3.0-or-later
// NFC association end to end, on the same box as tst_nfcendtoend (the real server reading the PN532
// simulator): a tag tied to a playlist over HTTP and over the socket, with a duplicate, an override, a
// timeout, a cancel and a release.

#include "nfcboxfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString bedtimeTag = u"04a1b2c3d4e5f6"_s;
} // namespace

class tst_NfcAssociation : public NfcBoxFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void associationOverHttp();
    void associationOverSocket();
};

void tst_NfcAssociation::associationOverHttp()
{
    startBox(simulatorArguments());
    QTRY_VERIFY_WITH_TIMEOUT(readerAvailable(), 10000);
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

void tst_NfcAssociation::associationOverSocket()
{
    startBox(simulatorArguments());
    QTRY_VERIFY_WITH_TIMEOUT(readerAvailable(), 10000);

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

QTEST_GUILESS_MAIN(tst_NfcAssociation)
#include "tst_nfcassociation.moc"
