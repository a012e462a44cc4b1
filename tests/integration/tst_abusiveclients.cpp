// SPDX-License-Identifier: GPL-3.0-or-later
// Abusive clients against the real box: every bad input of a table gets its clear error (HTTP status and
// envelope, err:op, or a WebSocket close code), a head that never ends is cut off by the header timeout, and
// idle sockets hit the per-address and total connection limits while another client is still served.
#include "rawconnection.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxPayload = 4096;

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                   const QByteArray &extraHeaders = {})
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray nested(int depth)
{
    return "{\"title\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
}

QJsonObject envelope(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class tst_AbusiveClients : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s});
        m_server->setEnvironmentValue(u"OMB_EIO_MAX_PAYLOAD"_s, QString::number(maxPayload));
    }
    void cleanup() { m_server.reset(); }

    void badHttpInputGetsItsError_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorType");
        const QByteArray create = "/api/playlists";
        QTest::newRow("megabyte title")
            << request("POST", create, "{\"title\":\"" + QByteArray(1000000, 'x') + "\"}") << 422
            << u"validation_error"_s;
        QTest::newRow("escaped NUL in a title")
            << request("POST", create, "{\"title\":\"a\\u0000b\"}") << 422 << u"validation_error"_s;
        QTest::newRow("raw NUL byte in a title")
            << request("POST", create, QByteArray("{\"title\":\"a\0b\"}", 15)) << 422
            << u"validation_error"_s;
        QTest::newRow("raw NUL byte outside a string")
            << request("POST", create, QByteArray("{\"title\":\"ab\"\0}", 15)) << 400 << u"bad_request"_s;
        QTest::newRow("bad UTF-8") << request("POST", create, "{\"title\":\"\xff\xfe\xc3\"}") << 400
                                   << u"bad_request"_s;
        QTest::newRow("deeply nested JSON")
            << request("POST", create, nested(100000)) << 400 << u"bad_request"_s;
        QTest::newRow("body not an object") << request("POST", create, "[1,2]") << 400 << u"bad_request"_s;
        QTest::newRow("title not a string")
            << request("POST", create, "{\"title\":{\"a\":1}}") << 422 << u"validation_error"_s;
        QTest::newRow("volume too high")
            << request("POST", "/api/player/volume", "{\"volume\":101}") << 422 << u"validation_error"_s;
        QTest::newRow("volume negative")
            << request("POST", "/api/player/volume", "{\"volume\":-1}") << 422 << u"validation_error"_s;
        QTest::newRow("volume 1e308")
            << request("POST", "/api/player/volume", "{\"volume\":1e308}") << 422 << u"validation_error"_s;
        QTest::newRow("volume as text")
            << request("POST", "/api/player/volume", "{\"volume\":\"50\"}") << 422 << u"validation_error"_s;
        QTest::newRow("seek past 64 bits")
            << request("POST", "/api/player/seek", "{\"position_ms\":1e30}") << 422 << u"validation_error"_s;
        QTest::newRow("JSON body over 1 MiB")
            << request("POST", create, "{\"title\":\"" + QByteArray(1050000, 'x') + "\"}") << 413
            << u"payload_too_large"_s;
        QTest::newRow("declared body over the limit")
            << ("POST /api/playlists HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50000000\r\n\r\n"_ba)
            << 413 << u"payload_too_large"_s;
        QTest::newRow("head over 32 KiB")
            << request("GET", "/api/health", {}, "X-Big: " + QByteArray(40000, 'h') + "\r\n") << 431
            << u"bad_request"_s;
    }
    void badHttpInputGetsItsError()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QString, errorType);
        QVERIFY(m_server->start());
        RawConnection client;
        client.connectTo(m_server->port());
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
        client.write(raw);
        QTRY_VERIFY_WITH_TIMEOUT(client.body().has_value(), 10000);
        QCOMPARE(client.status(), status);
        QCOMPARE(envelope(*client.body()).value(u"error_type"_s).toString(), errorType);
        // The box is unharmed and keeps serving.
        RawConnection after;
        after.connectTo(m_server->port());
        after.write(request("GET", "/api/health", {}));
        QTRY_VERIFY_WITH_TIMEOUT(after.body().has_value(), 10000);
        QCOMPARE(after.status(), 200);
    }

    void badWebSocketInputGetsItsError_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("opcode");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("closeCode"); // 0: the connection stays and answers err:op
        QTest::addColumn<QString>("errorType");
        const QByteArray ws = "/ws";
        const QByteArray socketIo = "/socket.io/?EIO=4&transport=websocket";
        QTest::newRow("ws frame over the limit")
            << ws << 1 << QByteArray(maxPayload + 1, 'x') << 1009 << QString();
        QTest::newRow("ws bad UTF-8")
            << ws << 1 << QByteArray("{\"event\":\"\xff\xfe\"}") << 1007 << QString();
        QTest::newRow("ws binary frame") << ws << 2 << QByteArray("\x01\x02") << 1003 << QString();
        QTest::newRow("ws raw NUL byte")
            << ws << 1 << QByteArray("{\"event\":\0}", 11) << 0 << u"bad_request"_s;
        QTest::newRow("ws escaped NUL in an event")
            << ws << 1 << QByteArray("{\"event\":\"join:\\u0000\",\"data\":{}}") << 0 << u"bad_request"_s;
        QTest::newRow("ws deeply nested") << ws << 1 << QByteArray(2000, '[') << 0 << u"bad_request"_s;
        QTest::newRow("ws seq out of range")
            << ws << 1 << QByteArray("{\"event\":\"sync:request\",\"data\":{\"last_global_seq\":1e30}}") << 0
            << u"validation_error"_s;
        QTest::newRow("socket.io frame over the limit")
            << socketIo << 1 << QByteArray(maxPayload + 1, 'x') << 1009 << QString();
        QTest::newRow("socket.io bad UTF-8")
            << socketIo << 1 << QByteArray("42[\"\xff\"]") << 1007 << QString();
    }
    void badWebSocketInputGetsItsError()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, opcode);
        QFETCH(QByteArray, payload);
        QFETCH(int, closeCode);
        QFETCH(QString, errorType);
        QVERIFY(m_server->start());
        RawConnection client;
        client.connectTo(m_server->port());
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
        client.requestUpgrade(target, m_server->port());
        QTRY_VERIFY_WITH_TIMEOUT(client.upgraded() && !client.frames().isEmpty(), 10000);
        client.sendFrame(opcode, payload);
        if (closeCode != 0) {
            QTRY_VERIFY_WITH_TIMEOUT(!client.frames().isEmpty() && client.frames().constLast().opcode == 8,
                                     10000);
            QCOMPARE(client.frames().constLast().closeCode(), closeCode);
            return;
        }
        const auto errorOp = [&client]() -> QJsonObject {
            for (const RawConnection::Frame &frame : client.frames()) {
                const QJsonObject object = QJsonDocument::fromJson(frame.payload).object();
                if (object.value(u"event"_s).toString() == "err:op"_L1)
                    return object.value(u"data"_s).toObject();
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!errorOp().isEmpty(), 10000);
        QCOMPARE(errorOp().value(u"error_type"_s).toString(), errorType);
        client.sendFrame(1, "{\"event\":\"client_ping\",\"data\":{}}");
        QTRY_VERIFY_WITH_TIMEOUT(client.received().contains("client_pong"), 10000);
    }

    void headThatNeverEndsIsCutOff_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("slowloris") << QByteArray("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QTest::newRow("upgrade never finished") << QByteArray("GET /ws HTTP/1.1\r\nUpgrade: websocket\r\n");
        QTest::newRow("silent") << QByteArray();
    }
    void headThatNeverEndsIsCutOff()
    {
        QFETCH(QByteArray, start);
        m_server->setEnvironmentValue(u"OMB_HTTP_HEADER_TIMEOUT_MS"_s, u"1000"_s);
        QVERIFY(m_server->start());
        RawConnection client;
        client.connectTo(m_server->port());
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
        client.write(start);
        // A header byte every 100 ms, as a slowloris client sends them, until the box closes the door.
        QTimer dribble;
        if (!start.isEmpty()) {
            connect(&dribble, &QTimer::timeout, &client, [&client] { client.write("X"); });
            dribble.start(100);
        }
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 10000);
        QCOMPARE(client.status(), 408);
        QVERIFY(client.body().has_value());
        QCOMPARE(envelope(*client.body()).value(u"error_type"_s).toString(), u"bad_request"_s);
    }

    void idleSocketsHitTheConnectionLimits()
    {
        m_server->setEnvironmentValue(u"OMB_MAX_CONNECTIONS_PER_ADDRESS"_s, u"5"_s);
        m_server->setEnvironmentValue(u"OMB_MAX_CONNECTIONS"_s, u"8"_s);
        QVERIFY(m_server->start());
        const QHostAddress greedy(u"127.0.0.1"_s);
        const QHostAddress other(u"127.0.0.2"_s);
        const QHostAddress third(u"127.0.0.3"_s);
        std::vector<std::unique_ptr<RawConnection>> held;
        // Connections that were served once and then stay open, idle: certainly counted by the box.
        const auto hold = [&](const QHostAddress &from, int count) {
            for (int i = 0; i < count; ++i) {
                held.push_back(std::make_unique<RawConnection>());
                held.back()->connectTo(m_server->port(), from);
                held.back()->write(request("GET", "/api/health", {}, {}));
            }
            return QTest::qWaitFor(
                [&] {
                    return std::all_of(held.cbegin(), held.cend(),
                                       [](const auto &c) { return c->status() == 200; });
                },
                10000);
        };
        QVERIFY(hold(greedy, 5));
        // The sixth connection of the same address is turned away at once; another address is still served.
        QCOMPARE(turnedAway(greedy), u"address"_s);
        QVERIFY(hold(other, 3)); // 8 open in total now
        QCOMPARE(turnedAway(third), u"total"_s);

        // Once the idle connections are gone, everybody is served again.
        held.clear();
        QTRY_COMPARE_WITH_TIMEOUT(served(third), 200, 10000);
        QCOMPARE(served(greedy), 200);
    }

    void closedWebSocketsGiveTheirPlaceBack()
    {
        m_server->setEnvironmentValue(u"OMB_MAX_CONNECTIONS_PER_ADDRESS"_s, u"3"_s);
        QVERIFY(m_server->start());
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<RawConnection>> sockets;
            // A connection of the previous round may not be counted out yet: one turned away is tried again.
            const auto allUpgraded = [&] {
                for (std::size_t i = 0; i < 3; ++i) {
                    if (sockets.size() <= i || sockets[i]->isClosed()) {
                        auto socket = std::make_unique<RawConnection>();
                        socket->connectTo(m_server->port());
                        socket->requestUpgrade(i % 2 ? "/ws" : "/socket.io/?EIO=4&transport=websocket",
                                               m_server->port());
                        if (sockets.size() <= i)
                            sockets.push_back(std::move(socket));
                        else
                            sockets[i] = std::move(socket);
                    }
                }
                return std::all_of(sockets.cbegin(), sockets.cend(),
                                   [](const auto &c) { return c->upgraded(); });
            };
            QTRY_VERIFY_WITH_TIMEOUT(allUpgraded(), 10000);
            QCOMPARE(turnedAway(QHostAddress::LocalHost), u"address"_s);
            sockets.clear();
            QTRY_COMPARE_WITH_TIMEOUT(served(QHostAddress::LocalHost), 200, 10000);
        }
    }

private:
    QString turnedAway(const QHostAddress &from)
    {
        RawConnection client;
        client.connectTo(m_server->port(), from);
        if (!QTest::qWaitFor([&client] { return client.body().has_value() && client.isClosed(); }, 5000))
            return u"no answer"_s;
        if (client.status() != 503)
            return u"status %1"_s.arg(client.status());
        const QJsonObject answer = envelope(*client.body());
        if (answer.value(u"error_type"_s).toString() != "service_unavailable"_L1)
            return answer.value(u"error_type"_s).toString();
        return answer.value(u"details"_s).toObject().value(u"scope"_s).toString();
    }

    int served(const QHostAddress &from)
    {
        RawConnection client;
        client.connectTo(m_server->port(), from);
        client.write(request("GET", "/api/health", {}));
        if (!QTest::qWaitFor([&client] { return client.body().has_value(); }, 5000))
            return 0;
        return client.status();
    }

    std::unique_ptr<ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(tst_AbusiveClients)
#include "tst_abusiveclients.moc"
