// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway with real QWebSocket and TCP clients against the real-time stack in this process: the /ws and
// Socket.IO framing, heartbeats and silence, refused upgrades, and a reader that stalls while others read.
#include "realtimetestserver.h"
#include "wstestclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray upgradeRequest(quint16 port, const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n\r\n";
}

} // namespace

class tst_RealtimeGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start({}); }
    void cleanup() { m_server.reset(); }

    void plainWsJoinsAndReceivesItsRoomsOnly()
    {
        WsTestClient client;
        openAndWait(client, u"/ws"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.hasEvent(u"connection_status"_s), 5000);
        QCOMPARE(client.eventNames().constFirst(), u"connection_status"_s);
        client.sendEvent(u"join:playlists"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.hasEvent(u"ack:join"_s), 5000);
        QCOMPARE(
            client.eventNames(),
            (QStringList {u"connection_status"_s, u"state:playlists"_s, u"state:player"_s, u"ack:join"_s}));
        m_server->state().publishFlat(u"nfc_status"_s, {}, Audience::to({Rooms::nfc()}));
        const qint64 seq = m_server->state().publishState(
            u"state:volume_changed"_s, QJsonObject {{u"volume"_s, 30}}, Audience::to({Rooms::playlists()}));
        QTRY_VERIFY_WITH_TIMEOUT(client.hasEvent(u"state:volume_changed"_s), 5000);
        QVERIFY(!client.hasEvent(u"nfc_status"_s));
        QCOMPARE(client.events().last().data.value(u"server_seq"_s).toInteger(), seq);
    }

    void plainWsBadFrameIsAnsweredAndTheConnectionStays()
    {
        WsTestClient client;
        openAndWait(client, u"/ws"_s);
        client.send(u"{oops"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.hasEvent(u"err:op"_s), 5000);
        QCOMPARE(client.events().last().data.value(u"error_type"_s).toString(), u"bad_request"_s);
        client.sendEvent(u"client_ping"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.hasEvent(u"client_pong"_s), 5000);
        QVERIFY(client.isConnected());
    }

    void plainWsBinaryFrameCloses()
    {
        WsTestClient client;
        openAndWait(client, u"/ws"_s);
        client.socket().sendBinaryMessage("\x01\x02");
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 5000);
        QCOMPARE(client.closeCode(), 1003);
    }

    void socketIoHandshakeEventsAndAcks()
    {
        WsTestClient client;
        openAndWait(client, u"/socket.io/?EIO=4&transport=websocket"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client.frames().size(), 1, 5000);
        const QJsonObject open = QJsonDocument::fromJson(client.frames().first().mid(1).toUtf8()).object();
        QVERIFY(client.frames().first().startsWith(u'0'));
        QCOMPARE(open.value(u"upgrades"_s).toArray().size(), 0);
        QCOMPARE(open.value(u"maxPayload"_s).toInt(), 1000000);
        client.send(u"40"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.hasEvent(u"connection_status"_s), 5000);
        QVERIFY(client.frames().at(1).startsWith(u"40{\"sid\":\""_s));
        const QString socketSid = QJsonDocument::fromJson(client.frames().at(1).mid(2).toUtf8())
                                      .object()
                                      .value(u"sid"_s)
                                      .toString();
        QCOMPARE(client.events().first().data.value(u"sid"_s).toString(), socketSid);
        QVERIFY(socketSid != open.value(u"sid"_s).toString());

        client.send(u"427[\"join:nfc\",{}]"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.hasFrameStartingWith(u"437["_s), 5000);
        QCOMPARE(client.frames().mid(client.frames().size() - 3, 2).join(u'|').count(u"42["_s), 2);
        QVERIFY(client.frames().last().contains(u"\"room\":\"nfc\""_s));
        QCOMPARE(client.eventNames().mid(1), (QStringList {u"nfc_status"_s, u"ack:join"_s}));
    }

    void socketIoHeartbeatKeepsAliveAndClosesWithoutPong()
    {
        start({100, 300, 1000000, 60, {}});
        WsTestClient client;
        bool answering = true;
        connect(&client, &WsTestClient::frameReceived, this, [&](const QString &frame) {
            if (frame == "2"_L1 && answering)
                client.send(u"3"_s);
        });
        openAndWait(client, u"/socket.io/?EIO=4&transport=websocket"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.frames().count(u"2"_s) >= 4, 5000);
        QVERIFY(client.isConnected());
        answering = false;
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 5000);
    }

    void silentClientIsDropped()
    {
        start({60000, 20000, 1000000, 1, {}});
        WsTestClient client;
        openAndWait(client, u"/ws"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 5000);
        QCOMPARE(m_server->state().stats().value(u"dropped_clients_total"_s).toInt(), 1);
    }

    void refusedUpgradeGetsAnEnvelope_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QTest::newRow("EIO 3") << QByteArray("/socket.io/?EIO=3&transport=websocket") << 400 << u"eio"_s;
        QTest::newRow("transport") << QByteArray("/socket.io/?EIO=4&transport=xhr") << 400 << u"transport"_s;
        QTest::newRow("unknown sid") << QByteArray("/socket.io/?EIO=4&transport=websocket&sid=zz") << 400
                                     << u"sid"_s;
        QTest::newRow("other path") << QByteArray("/elsewhere") << 404 << u"resource"_s;
    }
    void refusedUpgradeGetsAnEnvelope()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QString, detail);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(QSignalSpy(&socket, &QTcpSocket::connected).wait(5000));
        socket.write(upgradeRequest(m_server->port(), target));
        QByteArray response;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { response += socket.readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(response.contains("\r\n\r\n{") && response.endsWith('}'), 5000);
        QVERIFY2(response.startsWith(QByteArray("HTTP/1.1 ").append(QByteArray::number(status))),
                 response.constData());
        const QJsonObject body
            = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(body.value(u"status"_s).toString(), u"error"_s);
        QVERIFY(body.value(u"details"_s).toObject().contains(detail));
    }

    void stalledReaderNeverDelaysTheOthers()
    {
        start({60000, 20000, 1000000, 60, {16 * 1024, 50, 3, 100}});
        std::vector<std::unique_ptr<WsTestClient>> fast;
        for (int i = 0; i < 20; ++i) {
            fast.push_back(std::make_unique<WsTestClient>());
            openAndWait(*fast.back(), u"/ws"_s);
            fast.back()->sendEvent(u"join:playlists"_s);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(fast.cbegin(), fast.cend(), [](const auto &c) { return c->hasEvent(u"ack:join"_s); }),
            10000);
        QTcpSocket stalled; // upgrades, joins, then never reads again
        stalled.setReadBufferSize(1024);
        stalled.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(QSignalSpy(&stalled, &QTcpSocket::connected).wait(5000));
        stalled.write(upgradeRequest(m_server->port(), "/ws"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->state().stats().value(u"connected_clients"_s).toInt(), 21, 5000);
        const ClientId stalledId = m_server->state().subscriptions().clients().last();
        QVERIFY(m_server->state()
                    .handleClientEvent(stalledId, u"join:playlists"_s, QJsonObject())
                    .value(u"success"_s)
                    .toBool());

        constexpr int events = 200;
        const QString padding(32 * 1024, u'x');
        QHash<int, qint64> sentAt;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> latencies;
        for (auto &client : fast) {
            connect(client.get(), &WsTestClient::frameReceived, this, [&](const QString &frame) {
                const std::optional<WsTestClient::Event> event = WsTestClient::parse(frame);
                if (event && event->name == "state:playlist"_L1)
                    latencies.append(
                        clock.nsecsElapsed() / 1000
                        - sentAt.value(event->data.value(u"data"_s).toObject().value(u"n"_s).toInt()));
            });
        }
        int published = 0;
        QTimer pacer;
        connect(&pacer, &QTimer::timeout, this, [&] {
            if (published == events)
                return pacer.stop();
            sentAt.insert(published, clock.nsecsElapsed() / 1000);
            m_server->state().publishState(u"state:playlist"_s,
                                           QJsonObject {{u"n"_s, published}, {u"pad"_s, padding}},
                                           Audience::to({Rooms::playlists()}));
            ++published;
        });
        pacer.start(2);

        QTRY_COMPARE_WITH_TIMEOUT(int(latencies.size()), events * 20, 60000);
        for (const auto &client : fast) {
            int expected = 0;
            for (const WsTestClient::Event &event : client->events()) {
                if (event.name == "state:playlist"_L1)
                    QCOMPARE(event.data.value(u"data"_s).toObject().value(u"n"_s).toInt(), expected++);
            }
            QCOMPARE(expected, events);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->state().stats().value(u"dropped_clients_total"_s).toInt(), 1,
                                  10000);
        QCOMPARE(m_server->state().stats().value(u"connected_clients"_s).toInt(), 20);
        std::sort(latencies.begin(), latencies.end());
        qInfo("20 readers + 1 stalled, %d events of 32 KiB: latency p50 %.2f ms, p99 %.2f ms, max %.2f ms",
              events, latencies.at(latencies.size() / 2) / 1000.0,
              latencies.at(latencies.size() * 99 / 100) / 1000.0, latencies.last() / 1000.0);
    }

private:
    void start(const SessionConfig &session)
    {
        m_server.reset();
        m_server = std::make_unique<RealtimeTestServer>(session);
        QVERIFY(m_server->listen());
    }

    void openAndWait(WsTestClient &client, const QString &path)
    {
        QSignalSpy connected(&client.socket(), &QWebSocket::connected);
        client.open(m_server->url(path));
        QVERIFY(connected.wait(5000));
    }

    std::unique_ptr<RealtimeTestServer> m_server;
};

QTEST_GUILESS_MAIN(tst_RealtimeGateway)
#include "tst_realtimegateway.moc"
