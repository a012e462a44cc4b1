// SPDX-License-Identifier: GPL-3.0-or-later
// The real box started the way systemd starts a Type=notify service with a watchdog: a datagram socket stands
// in for systemd. READY=1 comes once the box answers, STATUS= says what plays, WATCHDOG=1 keeps coming from
// the event loop, and SIGTERM ends with STOPPING=1. With the runtime directory systemd gives the unit, the
// box serves HTTP and WebSockets without loading a TLS backend; without one, Qt's TLS loads as before.

#include "httpclient.h"
#include "notifysocket.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The box answered HTTP and a WebSocket client (each QWebSocket makes a QSslConfiguration); what it mapped.
QByteArray mapsAfterHttpAndWebSocket(ServerProcess &server)
{
    if (HttpClient(server.baseUrl()).get(u"/api/health"_s).status != 200)
        return {};
    WsTestClient client;
    QSignalSpy frames(&client, &WsTestClient::frameReceived);
    client.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port())));
    if (!frames.wait(10000))
        return {};
    QFile maps(u"/proc/%1/maps"_s.arg(server.process().processId()));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

} // namespace

class tst_SystemdReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyWatchdogAndStopping()
    {
        NotifySocket systemd;
        QVERIFY(systemd.isValid());
        ServerProcess server;
        server.setEnvironmentValue(u"NOTIFY_SOCKET"_s, systemd.path());
        server.setEnvironmentValue(u"WATCHDOG_USEC"_s, u"400000"_s);
        QVERIFY(server.start());

        QTRY_VERIFY_WITH_TIMEOUT(systemd.count("READY=1") == 1, 10000);
        HttpClient http(server.baseUrl());
        QCOMPARE(http.get(u"/api/health"_s).status, 200);
        QVERIFY(systemd.receive().contains("STATUS=idle"));
        QTRY_VERIFY_WITH_TIMEOUT(systemd.count("WATCHDOG=1") >= 3, 10000);
        QVERIFY2(server.output().contains(u"systemd watchdog every 200 ms"_s), qPrintable(server.output()));

        QVERIFY(server.terminate());
        QCOMPARE(systemd.receive().constLast(), QByteArray("STOPPING=1"));
        QCOMPARE(systemd.count("READY=1"), 1);
    }

    void noTlsBackendWithARuntimeDirectory()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QByteArray maps = mapsAfterHttpAndWebSocket(server);
        QVERIFY(maps.contains("libQt6Network"));
        QVERIFY2(!maps.contains("tls/lib") && !maps.contains("libssl"), maps.constData());
        const QFileInfo platforms(server.runtimeDir() + u"/qt-plugins/platforms"_s);
        QVERIFY(platforms.isSymLink() && platforms.isDir());
        QVERIFY(!QFileInfo::exists(server.runtimeDir() + u"/qt-plugins/tls"_s));
        QVERIFY(server.terminate());
    }

    void qtPluginFoldersAsTheyAreWithoutOne()
    {
        ServerProcess server;
        server.setEnvironmentValue(u"RUNTIME_DIRECTORY"_s, {});
        server.setEnvironmentValue(u"XDG_RUNTIME_DIR"_s, {});
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(mapsAfterHttpAndWebSocket(server).contains("tls/libqopensslbackend"));
        QVERIFY2(
            server.output().contains(u"Qt's plugin folders are used as they are, TLS included: no runtime "
                                     u"directory"_s),
            qPrintable(server.output()));
        QVERIFY(server.terminate());
    }
};

QTEST_GUILESS_MAIN(tst_SystemdReadiness)
#include "tst_systemdreadiness.moc"
