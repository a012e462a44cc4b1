// SPDX-License-Identifier: GPL-3.0-or-later
// The parental settings end to end (PROTOCOL.md §4.6, §6.7): the real server with real audio files. The
// settings are stored and checked (422 naming the field); quiet hours that cover now refuse a playlist that
// is not allowed (409 and state:playback_blocked) and cap the volume of one that is; listening time shows in
// PlayerState and survives kill -9.

#include "audiofixtures.h"
#include "httpclient.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_ParentalApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingsAreStoredAndChecked();
    void quietHoursRefuseAndCap();
    void listeningTimeSurvivesAKill();

private:
    void startServer(); // a new box process on the same data folder
    QString playlistId(const QString &title);
    QJsonObject player() { return m_http->get(u"/api/player/status"_s).data().toObject(); }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void tst_ParentalApi::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    for (const QString &title : {u"Calm"_s, u"Party"_s}) {
        const QString folder = m_dataDir->filePath(u"music/"_s + title);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(AudioFixtures::writeSineWav(folder + u"/1-tone.wav"_s, 30000, 440));
    }
    startServer();
}

void tst_ParentalApi::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server output:" << m_server->output().right(4000);
    m_http.reset();
    m_server.reset();
    m_dataDir.reset();
}

void tst_ParentalApi::startServer()
{
    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s}, m_dataDir->path());
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!playlistId(u"Calm"_s).isEmpty() && !playlistId(u"Party"_s).isEmpty(), 15000);
}

QString tst_ParentalApi::playlistId(const QString &title)
{
    const QJsonArray playlists = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &playlist : playlists) {
        if (playlist[u"title"_s].toString() == title && playlist[u"track_count"_s].toInt() > 0)
            return playlist[u"id"_s].toString();
    }
    return {};
}

void tst_ParentalApi::settingsAreStoredAndChecked()
{
    const QJsonObject defaults = m_http->get(u"/api/settings/parental"_s).data().toObject();
    QCOMPARE(defaults[u"daily_budget_min"_s].toInt(), 0);
    QCOMPARE(defaults[u"budget_resets_at"_s].toString(), u"04:00"_s);
    QVERIFY(defaults[u"quiet_hours"_s].toArray().isEmpty());
    QVERIFY(player()[u"listening"_s][u"budget_ms"_s].isNull());

    const QJsonObject window {
        {u"days"_s, QJsonArray {u"sat"_s, u"sun"_s}}, {u"from"_s, u"13:00"_s}, {u"to"_s, u"15:00"_s}};
    const auto saved = m_http->put(u"/api/settings/parental"_s,
                                   {{u"quiet_hours"_s, QJsonArray {window}}, {u"daily_budget_min"_s, 90}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.data()[u"quiet_hours"_s][0], QJsonValue(window));
    QCOMPARE(saved.data()[u"daily_budget_min"_s].toInt(), 90);
    QCOMPARE(player()[u"listening"_s][u"budget_ms"_s].toInteger(), 90 * 60000);

    const auto bad = m_http->put(u"/api/settings/parental"_s,
                                 {{u"quiet_hours"_s,
                                   QJsonArray {window,
                                               QJsonObject {{u"days"_s, QJsonArray {u"mon"_s}},
                                                            {u"from"_s, u"7pm"_s},
                                                            {u"to"_s, u"07:00"_s}}}}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json()[u"error_type"_s].toString(), u"validation_error"_s);
    QCOMPARE(bad.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), u"quiet_hours[1].from"_s);
    QCOMPARE(m_http->put(u"/api/settings/parental"_s, {{u"budget_resets_at"_s, u"24:00"_s}}).status, 422);

    // Stored in the database: a restart keeps them.
    QVERIFY(m_server->terminate());
    startServer();
    const QJsonObject again = m_http->get(u"/api/settings/parental"_s).data().toObject();
    QCOMPARE(again[u"daily_budget_min"_s].toInt(), 90);
    QCOMPARE(again[u"quiet_hours"_s][0], QJsonValue(window));
}

void tst_ParentalApi::quietHoursRefuseAndCap()
{
    WsTestClient ws;
    ws.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())));
    QTRY_VERIFY_WITH_TIMEOUT(ws.isConnected(), 10000);
    ws.sendEvent(u"join:playlists"_s);
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasEvent(u"ack:join"_s), 10000);

    // A window around now, every day (it may cross midnight).
    const QTime now = QTime::currentTime();
    const QJsonObject window {
        {u"days"_s, QJsonArray {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s}},
        {u"from"_s, now.addSecs(-3600).toString(u"HH:mm"_s)},
        {u"to"_s, now.addSecs(3600).toString(u"HH:mm"_s)}};
    const QString calm = playlistId(u"Calm"_s);
    const QString party = playlistId(u"Party"_s);
    QCOMPARE(m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 80}}).status, 200);
    const auto saved = m_http->put(u"/api/settings/parental"_s,
                                   {{u"quiet_hours"_s, QJsonArray {window}},
                                    {u"quiet_allowed_playlists"_s, QJsonArray {calm}},
                                    {u"quiet_max_volume"_s, 25}});
    QCOMPARE(saved.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(player()[u"max_volume"_s].toInt(), 25, 5000);
    QCOMPARE(player()[u"volume"_s].toInt(), 25);

    const auto refused = m_http->post(u"/api/playlists/%1/start"_s.arg(party));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json()[u"details"_s][u"reason"_s].toString(), u"quiet_hours"_s);
    const qint64 until = refused.json()[u"details"_s][u"until"_s].toInteger();
    QVERIFY(until > QDateTime::currentMSecsSinceEpoch() + 3000000);
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasEvent(u"state:playback_blocked"_s), 5000);
    QVERIFY(player()[u"active_playlist_id"_s].isNull());

    const auto allowed = m_http->post(u"/api/playlists/%1/start"_s.arg(calm));
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.data()[u"state"_s].toString(), u"playing"_s);
    QCOMPARE(m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 90}}).data()[u"volume"_s].toInt(), 25);
}

void tst_ParentalApi::listeningTimeSurvivesAKill()
{
    QCOMPARE(player()[u"listening"_s][u"today_ms"_s].toInteger(), 0);
    QCOMPARE(m_http->post(u"/api/playlists/%1/start"_s.arg(playlistId(u"Calm"_s))).status, 200);
    // Written every 5 s of listening: wait until the second write is certainly behind us.
    QTRY_VERIFY_WITH_TIMEOUT(player()[u"listening"_s][u"today_ms"_s].toInteger() >= 11000, 20000);
    m_server->kill();
    startServer();
    const qint64 kept = player()[u"listening"_s][u"today_ms"_s].toInteger();
    QVERIFY2(kept >= 10000, qPrintable(QString::number(kept)));
}

QTEST_GUILESS_MAIN(tst_ParentalApi)
#include "tst_parentalapi.moc"
