// SPDX-License-Identifier: GPL-3.0-or-later
// The connection limits: per address, in total, released connections make room again, and IPv4 peers seen
// through a dual-stack socket count as the same client.
#include "server/connectionlimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Verdict = ConnectionLimiter::Verdict;

class tst_ConnectionLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perAddressLimitLeavesOthersServed()
    {
        ConnectionLimiter limiter({10, 2});
        const QHostAddress greedy(u"192.168.1.50"_s);
        QCOMPARE(limiter.admit(greedy), Verdict::Admitted);
        QCOMPARE(limiter.admit(greedy), Verdict::Admitted);
        QCOMPARE(limiter.admit(greedy), Verdict::AddressFull);
        QCOMPARE(limiter.admit(QHostAddress(u"192.168.1.51"_s)), Verdict::Admitted);
        QCOMPARE(limiter.openCount(greedy), 2);
        QCOMPARE(limiter.openCount(), 3);
        limiter.release(greedy);
        QCOMPARE(limiter.admit(greedy), Verdict::Admitted);
    }

    void totalLimitHoldsAcrossAddresses()
    {
        ConnectionLimiter limiter({3, 2});
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(limiter.admit(QHostAddress(u"10.0.0.%1"_s.arg(i))), Verdict::Admitted);
        QCOMPARE(limiter.admit(QHostAddress(u"10.0.0.9"_s)), Verdict::TotalFull);
        QCOMPARE(limiter.openCount(QHostAddress(u"10.0.0.9"_s)), 0);
        limiter.release(QHostAddress(u"10.0.0.2"_s));
        QCOMPARE(limiter.admit(QHostAddress(u"10.0.0.9"_s)), Verdict::Admitted);
        QCOMPARE(limiter.openCount(), 3);
    }

    void mappedIpv4IsTheSameClient()
    {
        ConnectionLimiter limiter({10, 1});
        QCOMPARE(limiter.admit(QHostAddress(u"::ffff:192.168.1.50"_s)), Verdict::Admitted);
        QCOMPARE(limiter.admit(QHostAddress(u"192.168.1.50"_s)), Verdict::AddressFull);
        limiter.release(QHostAddress(u"192.168.1.50"_s));
        QCOMPARE(limiter.openCount(), 0);
    }

    void releasingAnUnknownPeerChangesNothing()
    {
        ConnectionLimiter limiter({10, 1});
        QCOMPARE(limiter.admit(QHostAddress(u"10.0.0.1"_s)), Verdict::Admitted);
        limiter.release(QHostAddress(u"10.0.0.2"_s));
        QCOMPARE(limiter.openCount(), 1);
    }
};

QTEST_APPLESS_MAIN(tst_ConnectionLimiter)
#include "tst_connectionlimiter.moc"
