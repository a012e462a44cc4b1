// SPDX-License-Identifier: GPL-3.0-or-later
// SIGTERM to the real box: every /ws and Socket.IO WebSocket client receives its close frame with 1001 (going
// away) before the process exits, instead of a connection that simply drops.
#include "serverprocess.h"
#include "wstestclient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class tst_GracefulShutdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyClientGetsGoingAwayOnSigterm()
    {
        ServerProcess server;
        QVERIFY(server.start());
        const QString base = u"ws://127.0.0.1:%1"_s.arg(server.port());
        std::vector<std::unique_ptr<WsTestClient>> clients;
        for (int i = 0; i < 4; ++i) {
            const bool socketIo = i % 2 == 1;
            clients.push_back(std::make_unique<WsTestClient>());
            clients.back()->open(
                QUrl(base + (socketIo ? u"/socket.io/?EIO=4&transport=websocket"_s : u"/ws"_s)));
        }
        for (auto &client : clients) {
            QTRY_VERIFY_WITH_TIMEOUT(client->isConnected() && !client->frames().isEmpty(), 10000);
            if (client->frames().constFirst().startsWith(u'0')) { // Socket.IO: join the namespace
                client->send(u"40"_s);
                QTRY_VERIFY_WITH_TIMEOUT(client->hasFrameStartingWith(u"40{"_s), 10000);
            }
        }

        QVERIFY2(server.terminate(), qPrintable(server.output()));
        for (auto &client : clients) {
            QTRY_VERIFY_WITH_TIMEOUT(client->isClosed(), 10000);
            QCOMPARE(client->closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));
        }
    }
};

QTEST_GUILESS_MAIN(tst_GracefulShutdown)
#include "tst_gracefulshutdown.moc"
