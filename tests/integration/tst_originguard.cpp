// SPDX-License-Identifier: GPL-3.0-or-later
// No other web page can drive the box: requests whose Host does not name the box are refused before any
// route, requests from a foreign page (Origin) are refused, the box's own page needs no CORS, a listed origin
// gets its CORS headers with credentials and `*` without; WebSocket and Socket.IO upgrades obey the same
// rules. Raw sockets against the real HTTP stack on loopback, so every header is exactly what a browser would
// send.
#include "rawconnection.h"
#include "realtimetestserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString errorType(const RawConnection &client)
{
    return QJsonDocument::fromJson(client.body().value_or(QByteArray()))
        .object()
        .value(u"error_type"_s)
        .toString();
}

} // namespace

class tst_OriginGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start({}); }
    void cleanup()
    {
        m_clients.clear();
        m_server.reset();
    }

    void hostMustNameTheBox_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("loopback address") << QByteArray("127.0.0.1:%port") << 200;
        QTest::newRow("localhost") << QByteArray("localhost:%port") << 200;
        QTest::newRow("host name") << QByteArray("testbox:%port") << 200;
        QTest::newRow("mDNS name") << QByteArray("testbox.local") << 200;
        QTest::newRow("rebinding page") << QByteArray("evil.example:%port") << 403;
        QTest::newRow("no Host") << QByteArray() << 403;
    }
    void hostMustNameTheBox()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        const RawConnection &response = exchange("POST", "/api/echo", host, {});
        QCOMPARE(response.status(), status);
        QCOMPARE(m_handled, status == 200 ? 1 : 0);
        if (status != 200)
            QCOMPARE(errorType(response), u"forbidden"_s);
    }

    void keptAliveConnectionIsCheckedAtEveryRequest()
    {
        RawConnection client;
        client.connectTo(m_server->port());
        client.write(request("POST", "/api/echo", "127.0.0.1", {}));
        QTRY_VERIFY_WITH_TIMEOUT(client.received().contains("\"echo\""), 5000);
        client.write(request("POST", "/api/echo", "evil.example", {}));
        QTRY_VERIFY_WITH_TIMEOUT(client.received().contains("HTTP/1.1 403"), 5000);
        QCOMPARE(m_handled, 1);
    }

    void foreignPageCannotDrive_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("simple POST") << QByteArray("POST");
        QTest::newRow("preflight") << QByteArray("OPTIONS");
        QTest::newRow("GET") << QByteArray("GET");
    }
    void foreignPageCannotDrive()
    {
        QFETCH(QByteArray, method);
        const RawConnection &response
            = exchange(method, "/api/echo", "127.0.0.1:%port", "http://evil.example");
        QCOMPARE(response.status(), 403);
        QCOMPARE(errorType(response), u"forbidden"_s);
        QVERIFY(response.header("Access-Control-Allow-Origin").isEmpty());
        QCOMPARE(m_handled, 0);
    }

    void ownPageNeedsNoCors()
    {
        const RawConnection &response
            = exchange("POST", "/api/echo", "testbox.local:%port", "http://testbox.local:%port");
        QCOMPARE(response.status(), 200);
        QVERIFY(response.header("Access-Control-Allow-Origin").isEmpty());
        QCOMPARE(m_handled, 1);
    }

    void listedOriginGetsCorsWithCredentials()
    {
        start({u"http://parent.example"_s});
        const RawConnection &preflight
            = exchange("OPTIONS", "/api/echo", "127.0.0.1", "http://parent.example");
        QCOMPARE(preflight.status(), 204);
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("http://parent.example"));
        const RawConnection &response = exchange("POST", "/api/echo", "127.0.0.1", "http://parent.example");
        QCOMPARE(response.status(), 200);
        QCOMPARE(response.header("Access-Control-Allow-Origin"), QByteArray("http://parent.example"));
        QCOMPARE(response.header("Access-Control-Allow-Credentials"), QByteArray("true"));
        QCOMPARE(exchange("POST", "/api/echo", "127.0.0.1", "http://other.example").status(), 403);
    }

    void starIsNeverWithCredentials()
    {
        start({u"*"_s});
        const RawConnection &response = exchange("POST", "/api/echo", "127.0.0.1", "http://anywhere.example");
        QCOMPARE(response.status(), 200);
        QCOMPARE(response.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QVERIFY(response.header("Access-Control-Allow-Credentials").isEmpty());
    }

    void upgradesObeyTheSameRules_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        const QByteArray socketIo = "/socket.io/?EIO=4&transport=websocket";
        QTest::newRow("ws, no origin")
            << QByteArray("/ws") << QByteArray("127.0.0.1:%port") << QByteArray() << 101;
        QTest::newRow("ws, own page")
            << QByteArray("/ws") << QByteArray("testbox:%port") << QByteArray("http://testbox:%port") << 101;
        QTest::newRow("ws, foreign page")
            << QByteArray("/ws") << QByteArray("127.0.0.1:%port") << QByteArray("http://evil.example") << 403;
        QTest::newRow("ws, rebinding host")
            << QByteArray("/ws") << QByteArray("evil.example:%port") << QByteArray() << 403;
        QTest::newRow("socket.io, own page")
            << socketIo << QByteArray("localhost:%port") << QByteArray("http://localhost:%port") << 101;
        QTest::newRow("socket.io, foreign page")
            << socketIo << QByteArray("localhost:%port") << QByteArray("http://evil.example") << 403;
        QTest::newRow("socket.io, rebinding host")
            << socketIo << QByteArray("evil.example") << QByteArray("http://evil.example") << 403;
    }
    void upgradesObeyTheSameRules()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        const QByteArray upgrade
            = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
        const RawConnection &response = exchange("GET", target, host, origin, upgrade);
        QCOMPARE(response.status(), status);
        if (status == 101)
            QTRY_COMPARE_WITH_TIMEOUT(m_server->gateway().sessionCount(), 1, 5000);
        else
            QCOMPARE(errorType(response), u"forbidden"_s);
    }

private:
    void start(const QStringList &corsOrigins)
    {
        m_server.reset();
        m_server
            = std::make_unique<RealtimeTestServer>(SessionConfig {}, StateManager::Config {}, corsOrigins);
        m_handled = 0;
        m_server->router().add("POST", u"/api/echo"_s, [this](const ApiRequest &) {
            ++m_handled;
            return ApiResponse::success(QJsonObject {{u"echo"_s, true}}, u"echoed"_s);
        });
        m_server->router().add("GET", u"/api/echo"_s, [this](const ApiRequest &) {
            ++m_handled;
            return ApiResponse::success(QJsonObject {{u"echo"_s, true}}, u"echoed"_s);
        });
        QVERIFY(m_server->listen());
    }

    QByteArray withPort(QByteArray text) const
    {
        return text.replace("%port", QByteArray::number(m_server->port()));
    }

    QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &host,
                       const QByteArray &origin, const QByteArray &extraHeaders = {}) const
    {
        QByteArray text = method + ' ' + target + " HTTP/1.1\r\n";
        if (!host.isEmpty())
            text += "Host: " + withPort(host) + "\r\n";
        if (!origin.isEmpty())
            text += "Origin: " + withPort(origin) + "\r\n";
        if (method == "POST")
            text += "Content-Type: text/plain\r\nContent-Length: 2\r\n";
        if (method == "OPTIONS")
            text += "Access-Control-Request-Method: POST\r\n";
        text += extraHeaders + "\r\n";
        if (method == "POST")
            text += "{}";
        return text;
    }

    // Sends one request and waits for the whole answer (head, and the body its Content-Length announces).
    const RawConnection &exchange(const QByteArray &method, const QByteArray &target, const QByteArray &host,
                                  const QByteArray &origin, const QByteArray &extraHeaders = {})
    {
        m_clients.push_back(std::make_unique<RawConnection>());
        RawConnection &client = *m_clients.back();
        client.connectTo(m_server->port());
        client.write(request(method, target, host, origin, extraHeaders));
        if (!QTest::qWaitFor([&client] { return client.body().has_value(); }, 5000))
            qWarning("no complete answer within 5 s");
        return client;
    }

    std::unique_ptr<RealtimeTestServer> m_server;
    std::vector<std::unique_ptr<RawConnection>> m_clients;
    int m_handled = 0;
};

QTEST_GUILESS_MAIN(tst_OriginGuard)
#include "tst_originguard.moc"
