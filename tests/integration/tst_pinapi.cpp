// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' PIN end to end (PROTOCOL.md §4.10) against the real server: without a PIN nothing changes;
// with one every changing route answers 401 without the session cookie while reads and the player controls
// stay open; the cookie (HttpOnly, SameSite=Strict) opens them, logging out closes them; five wrong PINs give
// 429 with Retry-After; socket operations need the cookie of the upgrade request; the PIN survives a restart.

#include "audiofixtures.h"
#include "httpclient.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PinApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void withoutPinTheBoxIsOpen();
    void guardedRoutesNeedTheCookie_data();
    void guardedRoutesNeedTheCookie();
    void readsAndPlayerControlsStayOpen_data();
    void readsAndPlayerControlsStayOpen();
    void unlockSetsTheCookieAndLockClearsIt();
    void changeAndRemoveThePin();
    void socketOperationsNeedTheCookie();
    void thePinSurvivesARestart();
    // Last: it leaves guessing paused for a minute, and no test after it needs to guess. When the pause ends
    // is tested on a manual clock (tst_pinlockout).
    void fiveWrongPinsGive429();

private:
    void startServer();
    void setPin(const QString &pin);
    static QByteArray cookieFrom(const HttpClient::Response &response);
    QString calmId();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_parent; // keeps the cookie it is given (QNetworkAccessManager's jar)
    std::unique_ptr<HttpClient> m_child; // unlocks only where a test says so
    std::unique_ptr<HttpClient> m_raw; // sends the cookies a test gives it, never unlocks (keeps none)
    QByteArray m_cookie; // "omb_parent=<token>" once the PIN is set
    QString m_pin; // the PIN set now, for init() to remove
};

void tst_PinApi::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    const QString folder = m_dataDir->filePath(u"music/Calm"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(AudioFixtures::writeSineWav(folder + u"/1-tone.wav"_s, 30000, 440));
    startServer();
}

void tst_PinApi::cleanupTestCase()
{
    m_parent.reset();
    m_child.reset();
    m_raw.reset();
    m_server.reset();
    m_dataDir.reset();
}

void tst_PinApi::init()
{
    // Every test starts on a box without a PIN. None is paused: the test that pauses guessing runs last.
    auto status = m_child->get(u"/api/auth/status"_s);
    if (status.data()[u"pin_set"_s].toBool()) {
        const auto removed
            = m_raw->put(u"/api/settings/pin"_s, {{u"pin"_s, QJsonValue::Null}, {u"current_pin"_s, m_pin}});
        QVERIFY2(removed.status == 200, removed.body.constData());
    }
    m_cookie.clear();
    m_pin.clear();
}

void tst_PinApi::startServer()
{
    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"simulated"_s}, m_dataDir->path());
    QVERIFY(m_server->start());
    m_parent = std::make_unique<HttpClient>(m_server->baseUrl());
    m_child = std::make_unique<HttpClient>(m_server->baseUrl());
    m_raw = std::make_unique<HttpClient>(m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!calmId().isEmpty(), 15000);
}

QString tst_PinApi::calmId()
{
    const QJsonArray playlists = m_child->get(u"/api/playlists"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &playlist : playlists) {
        if (playlist[u"title"_s].toString() == "Calm"_L1 && playlist[u"track_count"_s].toInt() > 0)
            return playlist[u"id"_s].toString();
    }
    return {};
}

QByteArray tst_PinApi::cookieFrom(const HttpClient::Response &response)
{
    return response.header("Set-Cookie").split(';').value(0);
}

void tst_PinApi::setPin(const QString &pin)
{
    const auto set = m_parent->put(u"/api/settings/pin"_s, {{u"pin"_s, pin}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.data()[u"pin_set"_s].toBool(), true);
    QCOMPARE(set.data()[u"unlocked"_s].toBool(), true);
    m_cookie = cookieFrom(set);
    m_pin = pin;
    QVERIFY(m_cookie.startsWith("omb_parent="));
}

void tst_PinApi::withoutPinTheBoxIsOpen()
{
    const auto status = m_child->get(u"/api/auth/status"_s);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.data()[u"pin_set"_s].toBool(), false);
    QCOMPARE(status.data()[u"unlocked"_s].toBool(), false);
    QCOMPARE(m_child->put(u"/api/settings/parental"_s, {{u"sounds_enabled"_s, true}}).status, 200);
    QCOMPARE(m_child->post(u"/api/player/shuffle"_s, {{u"enabled"_s, false}}).status, 200);
    const auto unlock = m_child->post(u"/api/auth/unlock"_s, {{u"pin"_s, u"1234"_s}});
    QCOMPARE(unlock.status, 409);
}

void tst_PinApi::guardedRoutesNeedTheCookie_data()
{
    // Every route of the box that changes something and is not a player control (PROTOCOL.md §4.10). Ids need
    // not exist: the gate answers before the route looks.
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const QList<QPair<const char *, const char *>> routes {
        {"POST", "/api/playlists"},
        {"PUT", "/api/playlists/p1"},
        {"DELETE", "/api/playlists/p1"},
        {"POST", "/api/playlists/p1/reorder"},
        {"DELETE", "/api/playlists/p1/tracks"},
        {"PUT", "/api/playlists/p1/tracks/t1"},
        {"POST", "/api/playlists/move-track"},
        {"POST", "/api/playlists/p1/move-track"},
        {"POST", "/api/playlists/sync"},
        {"POST", "/api/playlists/p1/uploads/session"},
        {"PUT", "/api/playlists/p1/uploads/s1/chunks/0"},
        {"POST", "/api/playlists/p1/uploads/s1/finalize"},
        {"DELETE", "/api/playlists/p1/uploads/s1"},
        {"POST", "/api/player/stop"},
        {"POST", "/api/player/mute"},
        {"POST", "/api/player/shuffle"},
        {"POST", "/api/player/repeat"},
        {"POST", "/api/player/sleep"},
        {"POST", "/api/nfc/scan"},
        {"DELETE", "/api/nfc/session/s1"},
        {"POST", "/api/nfc/associate"},
        {"DELETE", "/api/nfc/associate/04a1b2c3"},
        {"PUT", "/api/nfc/tags/04a1b2c3"},
        {"DELETE", "/api/nfc/tags/04a1b2c3"},
        {"POST", "/api/nfc/simulate"},
        {"PUT", "/api/settings/parental"},
        {"POST", "/api/trash/e1/restore"},
        {"DELETE", "/api/trash/e1"},
        {"POST", "/api/youtube/download"},
        {"DELETE", "/api/youtube/download/t1"},
        {"POST", "/api/system/restart"},
        {"POST", "/api/system/restore/session"},
        {"PUT", "/api/system/restore/s1/chunks/0"},
        {"DELETE", "/api/system/restore/s1"},
        {"POST", "/api/system/restore"},
    };
    for (const auto &[method, path] : routes)
        QTest::addRow("%s %s", method, path) << QByteArray(method) << QString::fromLatin1(path);
}

void tst_PinApi::guardedRoutesNeedTheCookie()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    setPin(u"2468"_s);
    const auto refused = m_child->send(method, path, "{}");
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json()[u"error_type"_s].toString(), u"unauthorized"_s);
    // A made-up or stale token is no better.
    const auto forged = m_raw->send(method, path, "{}", {{"Cookie", "omb_parent=00ff00ff"}});
    QCOMPARE(forged.status, 401);
    // With the cookie the route itself answers (whatever it says about the made-up ids).
    if (path != "/api/system/restart"_L1) {
        const auto passed = m_raw->send(method, path, "{}", {{"Cookie", m_cookie}});
        QVERIFY2(passed.status != 401, passed.body.constData());
    }
}

void tst_PinApi::readsAndPlayerControlsStayOpen_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QList<std::tuple<const char *, const char *, const char *>> routes {
        {"GET", "/api/playlists", ""},
        {"GET", "/api/player/status", ""},
        {"GET", "/api/settings/parental", ""},
        {"GET", "/api/nfc/tags", ""},
        {"GET", "/api/trash", ""},
        {"POST", "/api/player/play", "{}"},
        {"POST", "/api/player/pause", "{}"},
        {"POST", "/api/player/toggle", "{}"},
        {"POST", "/api/player/next", "{}"},
        {"POST", "/api/player/previous", "{}"},
        {"POST", "/api/player/seek", R"({"position_ms":0})"},
        {"POST", "/api/player/volume", R"({"volume":40})"},
        {"POST", "/api/playlists/{calm}/start", "{}"},
    };
    for (const auto &[method, path, body] : routes)
        QTest::addRow("%s %s", method, path)
            << QByteArray(method) << QString::fromLatin1(path) << QByteArray(body);
}

void tst_PinApi::readsAndPlayerControlsStayOpen()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    setPin(u"2468"_s);
    const auto response = m_child->send(method, QString(path).replace(u"{calm}"_s, calmId()), body);
    QVERIFY2(response.status == 200, response.body.constData());
}

void tst_PinApi::unlockSetsTheCookieAndLockClearsIt()
{
    setPin(u"2468"_s);
    const auto wrong = m_child->post(u"/api/auth/unlock"_s, {{u"pin"_s, u"1357"_s}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json()[u"error_type"_s].toString(), u"unauthorized"_s);
    QCOMPARE(wrong.json()[u"details"_s][u"attempts_left"_s].toInt(), 4);
    QVERIFY(wrong.header("Set-Cookie").isEmpty());
    QCOMPARE(m_child->post(u"/api/auth/unlock"_s, {{u"pin"_s, u"12"_s}}).status, 422);
    QCOMPARE(m_child->post(u"/api/auth/unlock"_s, {{u"pin"_s, 2468}}).status, 422);

    const auto unlocked = m_child->post(u"/api/auth/unlock"_s, {{u"pin"_s, u"2468"_s}});
    QCOMPARE(unlocked.status, 200);
    const QByteArray setCookie = unlocked.header("Set-Cookie");
    QVERIFY2(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie.constData());
    QCOMPARE(m_child->get(u"/api/auth/status"_s).data()[u"unlocked"_s].toBool(), true);
    QCOMPARE(m_child->post(u"/api/player/shuffle"_s, {{u"enabled"_s, false}}).status, 200);

    const auto locked = m_child->post(u"/api/auth/lock"_s);
    QCOMPARE(locked.status, 200);
    QVERIFY(locked.header("Set-Cookie").contains("Max-Age=0"));
    QCOMPARE(m_child->get(u"/api/auth/status"_s).data()[u"unlocked"_s].toBool(), false);
    // The token itself is dead, not only the browser's copy.
    const auto replayed = m_raw->send("POST", u"/api/player/shuffle"_s, R"({"enabled":false})",
                                      {{"Cookie", cookieFrom(unlocked)}});
    QCOMPARE(replayed.status, 401);
}

void tst_PinApi::fiveWrongPinsGive429()
{
    setPin(u"2468"_s);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_child->post(u"/api/auth/unlock"_s, {{u"pin"_s, u"0000"_s}}).status, 401);
    const auto paused = m_child->post(u"/api/auth/unlock"_s, {{u"pin"_s, u"2468"_s}});
    QCOMPARE(paused.status, 429);
    QCOMPARE(paused.json()[u"error_type"_s].toString(), u"rate_limit_exceeded"_s);
    const int retryAfter = paused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 55 && retryAfter <= 60, paused.header("Retry-After").constData());
    QCOMPARE(paused.json()[u"details"_s][u"retry_after_s"_s].toInt(), retryAfter);
    QCOMPARE(paused.json()[u"details"_s][u"limit"_s].toInt(), 5);
    // The unlocked parent is not locked out of what they already have.
    QCOMPARE(
        m_raw->send("POST", u"/api/player/shuffle"_s, R"({"enabled":false})", {{"Cookie", m_cookie}}).status,
        200);
    // The pause is for the whole box: the parent's next guess waits too.
    QCOMPARE(m_parent->post(u"/api/auth/unlock"_s, {{u"pin"_s, u"2468"_s}}).status, 429);
}

void tst_PinApi::changeAndRemoveThePin()
{
    setPin(u"2468"_s);
    const auto noCurrent = m_parent->put(u"/api/settings/pin"_s, {{u"pin"_s, u"1357"_s}});
    QCOMPARE(noCurrent.status, 422);
    const auto wrongCurrent
        = m_parent->put(u"/api/settings/pin"_s, {{u"pin"_s, u"1357"_s}, {u"current_pin"_s, u"1111"_s}});
    QCOMPARE(wrongCurrent.status, 401);
    QCOMPARE(wrongCurrent.json()[u"details"_s][u"field"_s].toString(), u"current_pin"_s);
    QCOMPARE(
        m_parent->put(u"/api/settings/pin"_s, {{u"pin"_s, u"12345678901"_s}, {u"current_pin"_s, u"2468"_s}})
            .status,
        422);
    QCOMPARE(m_parent->put(u"/api/settings/pin"_s, {{u"current_pin"_s, u"2468"_s}}).status,
             422); // pin missing

    const auto changed
        = m_parent->put(u"/api/settings/pin"_s, {{u"pin"_s, u"1357"_s}, {u"current_pin"_s, u"2468"_s}});
    QCOMPARE(changed.status, 200);
    m_pin = u"1357"_s;
    // The old session ended; the changer got a new one.
    QCOMPARE(m_raw->send("POST", u"/api/player/mute"_s, "{}", {{"Cookie", m_cookie}}).status, 401);
    m_cookie = cookieFrom(changed);
    QCOMPARE(m_raw->send("POST", u"/api/player/mute"_s, "{}", {{"Cookie", m_cookie}}).status, 200);

    const auto removed = m_parent->put(u"/api/settings/pin"_s,
                                       {{u"pin"_s, QJsonValue::Null}, {u"current_pin"_s, u"1357"_s}});
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.data()[u"pin_set"_s].toBool(), false);
    QCOMPARE(m_child->post(u"/api/player/mute"_s).status, 200);
}

void tst_PinApi::socketOperationsNeedTheCookie()
{
    setPin(u"2468"_s);
    const QString calm = calmId();
    const QUrl url(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port()));

    WsTestClient locked;
    locked.open(url);
    QTRY_VERIFY_WITH_TIMEOUT(locked.isConnected(), 10000);
    locked.sendEvent(u"join:playlists"_s); // reads stay open
    QTRY_VERIFY_WITH_TIMEOUT(locked.hasEvent(u"ack:join"_s), 10000);
    locked.sendEvent(u"start_nfc_link"_s, {{u"playlist_id"_s, calm}});
    QTRY_VERIFY_WITH_TIMEOUT(locked.hasEvent(u"err:op"_s), 10000);
    QJsonObject error;
    for (const auto &event : locked.events()) {
        if (event.name == "err:op"_L1)
            error = event.data;
    }
    QCOMPARE(error[u"error_type"_s].toString(), u"unauthorized"_s);
    QCOMPARE(error[u"event"_s].toString(), u"start_nfc_link"_s);

    WsTestClient unlocked;
    QNetworkRequest request(url);
    request.setRawHeader("Cookie", m_cookie);
    unlocked.socket().open(request);
    QTRY_VERIFY_WITH_TIMEOUT(unlocked.isConnected(), 10000);
    unlocked.sendEvent(u"start_nfc_link"_s, {{u"playlist_id"_s, calm}});
    QTRY_VERIFY_WITH_TIMEOUT(unlocked.hasEvent(u"ack:op"_s), 10000);
    unlocked.sendEvent(u"stop_nfc_link"_s, {{u"playlist_id"_s, calm}});
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.eventNames().count(u"ack:op"_s), 2, 10000);

    // A connection made before the PIN was removed needs nothing any more.
    QCOMPARE(
        m_parent->put(u"/api/settings/pin"_s, {{u"pin"_s, QJsonValue::Null}, {u"current_pin"_s, u"2468"_s}})
            .status,
        200);
    locked.sendEvent(u"start_nfc_link"_s, {{u"playlist_id"_s, calm}});
    QTRY_VERIFY_WITH_TIMEOUT(locked.hasEvent(u"ack:op"_s), 10000);
    locked.sendEvent(u"stop_nfc_link"_s, {{u"playlist_id"_s, calm}});
    QTRY_COMPARE_WITH_TIMEOUT(locked.eventNames().count(u"ack:op"_s), 2, 10000);
}

void tst_PinApi::thePinSurvivesARestart()
{
    setPin(u"2468"_s);
    QVERIFY(m_server->terminate());
    startServer();
    QCOMPARE(m_child->get(u"/api/auth/status"_s).data()[u"pin_set"_s].toBool(), true);
    // Sessions live in memory: a restart locks every browser again.
    QCOMPARE(m_raw->send("POST", u"/api/player/mute"_s, "{}", {{"Cookie", m_cookie}}).status, 401);
    const auto unlocked = m_parent->post(u"/api/auth/unlock"_s, {{u"pin"_s, u"2468"_s}});
    QCOMPARE(unlocked.status, 200);
    m_cookie = cookieFrom(unlocked);
}

QTEST_GUILESS_MAIN(tst_PinApi)
#include "tst_pinapi.moc"
