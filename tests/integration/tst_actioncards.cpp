// SPDX-License-Identifier: GPL-3.0-or-later
// Action cards end to end (PROTOCOL.md §4.4, §6.3): the real server with the simulated reader and real audio
// files. A tag linked to an action performs it when placed and lifting it changes nothing; GET /api/nfc/tags
// lists both kinds; DELETE /api/nfc/tags/{tag_id} unlinks either; bad requests name their field.

#include "audiofixtures.h"
#include "httpclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString songsTag = u"04a1b2c3d4e5f6"_s;
const QString nextCard = u"0a0b0c0d"_s;
const QString sleepCard = u"0a0b0c0e"_s;
} // namespace

class tst_ActionCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cardsActAndLiftingChangesNothing();
    void tagListAndUnlink();
    void badRequests_data();
    void badRequests();

private:
    HttpClient::Response simulate(const QString &tagId, const QString &action);
    QJsonObject player() { return m_http->get(u"/api/player/status"_s).data().toObject(); }
    QJsonObject tagEntry(const QString &tagId);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_songs;
};

void tst_ActionCards::init()
{
    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"simulated"_s});
    const QString songs = m_server->dataDir() + u"/music/Songs"_s;
    QVERIFY(QDir().mkpath(songs));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(AudioFixtures::writeSineWav(u"%1/%2-tone.wav"_s.arg(songs).arg(i), 20000, 300 + 100 * i));
    m_server->setEnvironmentValue(u"OMB_NFC_REMOVAL_GRACE_MS"_s, u"200"_s);
    m_server->setEnvironmentValue(u"OMB_NFC_DEBOUNCE_MS"_s, u"20"_s);
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_http->get(u"/api/playlists"_s).data()[u"playlists"_s][0][u"track_count"_s].toInt() == 3, 15000);
    m_songs = m_http->get(u"/api/playlists"_s).data()[u"playlists"_s][0][u"id"_s].toString();
}

void tst_ActionCards::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server output:" << m_server->output().right(4000);
    m_http.reset();
    m_server.reset();
}

HttpClient::Response tst_ActionCards::simulate(const QString &tagId, const QString &action)
{
    return m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, tagId}, {u"action"_s, action}});
}

QJsonObject tst_ActionCards::tagEntry(const QString &tagId)
{
    const QJsonArray tags = m_http->get(u"/api/nfc/tags"_s).data()[u"tags"_s].toArray();
    for (const QJsonValue &tag : tags) {
        if (tag[u"tag_id"_s].toString() == tagId)
            return tag.toObject();
    }
    return {};
}

void tst_ActionCards::cardsActAndLiftingChangesNothing()
{
    QCOMPARE(
        m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, songsTag}, {u"playlist_id"_s, m_songs}}).status,
        200);
    const auto linked
        = m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, nextCard}, {u"action"_s, u"next"_s}});
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.data()[u"association"_s][u"action"_s].toString(), u"next"_s);
    QVERIFY(linked.data()[u"association"_s][u"playlist_id"_s].isNull());
    QCOMPARE(m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, sleepCard}, {u"action"_s, u"sleep_15"_s}})
                 .status,
             200);

    QCOMPARE(simulate(songsTag, u"place"_s).status, 200);
    QCOMPARE(player().value(u"track_index"_s).toInt(), 0);
    QCOMPARE(simulate(songsTag, u"remove"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(player().value(u"state"_s).toString(), u"paused"_s, 5000);

    // The "next" card: a placement is processed before the response.
    QCOMPARE(simulate(nextCard, u"place"_s).status, 200);
    QCOMPARE(player().value(u"track_index"_s).toInt(), 1);
    QCOMPARE(player().value(u"state"_s).toString(), u"playing"_s);
    QCOMPARE(simulate(nextCard, u"remove"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].isNull(), 5000);
    QCOMPARE(player().value(u"state"_s).toString(), u"playing"_s); // lifting a card changes nothing
    QCOMPARE(player().value(u"track_index"_s).toInt(), 1);

    QCOMPARE(simulate(sleepCard, u"place"_s).status, 200);
    const QJsonObject timer = player().value(u"sleep_timer"_s).toObject();
    QVERIFY(timer.value(u"remaining_ms"_s).toInteger() > 14 * 60000);
    QVERIFY(!tagEntry(sleepCard).value(u"last_used_at"_s).isNull());
}

void tst_ActionCards::tagListAndUnlink()
{
    QCOMPARE(
        m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, songsTag}, {u"playlist_id"_s, m_songs}}).status,
        200);
    QCOMPARE(
        m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, nextCard}, {u"action"_s, u"shuffle"_s}}).status,
        200);
    QCOMPARE(m_http->get(u"/api/nfc/tags"_s).data()[u"tags"_s].toArray().size(), 2);
    const QJsonObject card = tagEntry(nextCard);
    QCOMPARE(card.value(u"action"_s).toString(), u"shuffle"_s);
    QVERIFY(card.value(u"playlist_id"_s).isNull());
    QVERIFY(card.value(u"playlist_title"_s).isNull());
    const QJsonObject playlistTag = tagEntry(songsTag);
    QVERIFY(playlistTag.value(u"action"_s).isNull());
    QCOMPARE(playlistTag.value(u"playlist_title"_s).toString(), u"Songs"_s);

    // The playlist's own tag becomes a card: the playlist loses it.
    const auto moved
        = m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, songsTag}, {u"action"_s, u"stop"_s}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.data()[u"association"_s][u"previous_playlist_id"_s].toString(), m_songs);
    QVERIFY(m_http->get(u"/api/playlists/"_s + m_songs).data()[u"nfc_tag_id"_s].isNull());

    const auto unlinked = m_http->del(u"/api/nfc/tags/"_s + songsTag);
    QCOMPARE(unlinked.status, 200);
    QCOMPARE(unlinked.data()[u"action"_s].toString(), u"stop"_s);
    QVERIFY(unlinked.data()[u"playlist_id"_s].isNull());
    // A playlist's tag unlinks the same way.
    QCOMPARE(
        m_http->post(u"/api/nfc/associate"_s, {{u"tag_id"_s, songsTag}, {u"playlist_id"_s, m_songs}}).status,
        200);
    const auto released = m_http->del(u"/api/nfc/tags/"_s + songsTag);
    QCOMPARE(released.status, 200);
    QCOMPARE(released.data()[u"playlist_id"_s].toString(), m_songs);
    QVERIFY(m_http->get(u"/api/playlists/"_s + m_songs).data()[u"nfc_tag_id"_s].isNull());
    QCOMPARE(m_http->get(u"/api/nfc/tags"_s).data()[u"tags"_s].toArray().size(), 1);

    const auto unknown = m_http->del(u"/api/nfc/tags/"_s + songsTag);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json()[u"details"_s][u"resource"_s].toString(), u"nfc_tag"_s);
    QCOMPARE(m_http->del(u"/api/nfc/tags/not-hex"_s).status, 404);

    // Placing an unlinked card is an unknown tag again: nothing plays.
    QCOMPARE(simulate(songsTag, u"place"_s).status, 200);
    QCOMPARE(player().value(u"state"_s).toString(), u"stopped"_s);
}

void tst_ActionCards::badRequests_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown action") << QJsonObject {{u"tag_id"_s, nextCard}, {u"action"_s, u"explode"_s}}
                                    << u"action"_s;
    QTest::newRow("action not a string")
        << QJsonObject {{u"tag_id"_s, nextCard}, {u"action"_s, 3}} << u"action"_s;
    QTest::newRow("both a playlist and an action")
        << QJsonObject {{u"tag_id"_s, nextCard}, {u"action"_s, u"next"_s}, {u"playlist_id"_s, u"abc"_s}}
        << u"playlist_id"_s;
    QTest::newRow("bad tag") << QJsonObject {{u"tag_id"_s, u"xyz"_s}, {u"action"_s, u"next"_s}}
                             << u"tag_id"_s;
    QTest::newRow("neither") << QJsonObject {{u"tag_id"_s, nextCard}} << u"playlist_id"_s;
}

void tst_ActionCards::badRequests()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const auto refused = m_http->post(u"/api/nfc/associate"_s, body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json()[u"error_type"_s].toString(), u"validation_error"_s);
    QCOMPARE(refused.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), field);
    QCOMPARE(m_http->get(u"/api/nfc/tags"_s).data()[u"tags"_s].toArray().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->output().contains(u"422"_s), 5000); // logged
}

QTEST_GUILESS_MAIN(tst_ActionCards)
#include "tst_actioncards.moc"
