// SPDX-License-Identifier: GPL-3.0-or-later
// SystemdNotifier against a datagram socket standing in for systemd: what is sent, when, and that nothing is
// sent without NOTIFY_SOCKET.
#include "notifysocket.h"
#include "system/systemdnotifier.h"

#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_SystemdNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_socket = std::make_unique<NotifySocket>();
        QVERIFY(m_socket->isValid());
        qputenv("NOTIFY_SOCKET", m_socket->path().toLocal8Bit());
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void cleanup()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
        m_socket.reset();
    }

    void readyStatusAndStoppingReachTheSocket()
    {
        SystemdNotifier notifier;
        QVERIFY(notifier.isActive());
        QCOMPARE(notifier.watchdogIntervalMs(), 0);
        notifier.notifyReady();
        notifier.notifyStatus(u"playing Song (Bedtime)"_s);
        notifier.notifyStatus(u"playing Song (Bedtime)"_s); // unchanged: not sent again
        notifier.notifyStatus(u"idle"_s);
        notifier.notifyStopping();
        QTRY_COMPARE_WITH_TIMEOUT(m_socket->receive().size(), 4, 5000);
        QCOMPARE(m_socket->messages(),
                 (QByteArrayList {"READY=1", "STATUS=playing Song (Bedtime)", "STATUS=idle", "STOPPING=1"}));
    }

    void watchdogBeatsAtHalfThePeriodUntilStopping()
    {
        qputenv("WATCHDOG_USEC", "200000");
        qputenv("WATCHDOG_PID", QByteArray::number(qint64(::getpid())));
        SystemdNotifier notifier;
        QCOMPARE(notifier.watchdogIntervalMs(), 100);
        QTRY_VERIFY_WITH_TIMEOUT(m_socket->count("WATCHDOG=1") >= 3, 10000);
        notifier.notifyStopping();
        QCOMPARE(notifier.watchdogIntervalMs(), 0);
    }

    void watchdogForAnotherProcessIsIgnored()
    {
        qputenv("WATCHDOG_USEC", "200000");
        qputenv("WATCHDOG_PID", QByteArray::number(qint64(::getpid()) + 1));
        SystemdNotifier notifier;
        QCOMPARE(notifier.watchdogIntervalMs(), 0);
    }

    void nothingIsSentWithoutNotifySocket()
    {
        qunsetenv("NOTIFY_SOCKET");
        SystemdNotifier notifier;
        QVERIFY(!notifier.isActive());
        // Even if the variable appears later, a notifier built without it stays silent.
        qputenv("NOTIFY_SOCKET", m_socket->path().toLocal8Bit());
        notifier.notifyReady();
        notifier.notifyStatus(u"idle"_s);
        notifier.notifyStopping();
        QVERIFY(m_socket->sendToSelf("MARKER"));
        QTRY_COMPARE_WITH_TIMEOUT(m_socket->receive().size(), 1, 5000);
        QCOMPARE(m_socket->messages().constFirst(), QByteArray("MARKER"));
    }

private:
    std::unique_ptr<NotifySocket> m_socket;
};

QTEST_GUILESS_MAIN(tst_SystemdNotifier)
#include "tst_systemdnotifier.moc"
