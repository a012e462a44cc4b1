// SPDX-License-Identifier: GPL-3.0-or-later
// The real box started the way systemd starts a Type=notify service with a watchdog: a datagram socket stands
// in for systemd. READY=1 comes once the box answers, STATUS= says what plays, WATCHDOG=1 keeps coming from
// the event loop, and SIGTERM ends with STOPPING=1.

#include "httpclient.h"
#include "notifysocket.h"
#include "serverprocess.h"

#include <QTest>

using namespace Qt::StringLiterals;

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
};

QTEST_GUILESS_MAIN(tst_SystemdReadiness)
#include "tst_systemdreadiness.moc"
