// SPDX-License-Identifier: GPL-3.0-or-later
// PinLockout: five wrong PINs within a minute close the box to guesses for 60 s; a right one starts the count
// again; guesses under way count against the limit. Driven by a ManualClock, no waiting.

#include "manualclock.h"
#include "parental/pinlockout.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_PinLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void guesses_data();
    void guesses();
    void failuresLeftCountsDown();
    void guessesSideBySideCannotOutrunTheCount();

private:
    ManualClock m_clock;
};

void tst_PinLockout::init()
{
    m_clock.set(1'000'000);
}

void tst_PinLockout::guesses_data()
{
    // A tiny script, one step per entry: "<ms offset> wrong|right". Expected per step: 0 when the guess is
    // taken, else the Retry-After seconds it is refused with.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("four wrong are taken")
        << QStringList {u"0 wrong"_s, u"1 wrong"_s, u"2 wrong"_s, u"3 wrong"_s} << QList<int> {0, 0, 0, 0};
    QTest::newRow("the fifth wrong closes for 60 s")
        << QStringList {u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s, u"0 right"_s}
        << QList<int> {0, 0, 0, 0, 0, 60};
    QTest::newRow("closed counts down in whole seconds")
        << QStringList {u"0 wrong"_s,     u"0 wrong"_s,     u"0 wrong"_s,    u"0 wrong"_s,
                        u"10000 wrong"_s, u"69001 right"_s, u"69999 right"_s}
        << QList<int> {0, 0, 0, 0, 0, 1, 1};
    QTest::newRow("open again after 60 s") << QStringList {u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s,
                                                           u"0 wrong"_s, u"0 wrong"_s, u"60000 right"_s}
                                           << QList<int> {0, 0, 0, 0, 0, 0};
    QTest::newRow("a fresh count after the pause")
        << QStringList {u"0 wrong"_s,     u"0 wrong"_s,     u"0 wrong"_s,     u"0 wrong"_s,
                        u"0 wrong"_s,     u"60000 wrong"_s, u"60000 wrong"_s, u"60000 wrong"_s,
                        u"60000 wrong"_s, u"60001 wrong"_s, u"60002 wrong"_s}
        << QList<int> {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60};
    QTest::newRow("wrong ones older than a minute are forgotten")
        << QStringList {u"0 wrong"_s, u"1 wrong"_s,     u"2 wrong"_s,
                        u"3 wrong"_s, u"60001 wrong"_s, u"60002 wrong"_s}
        << QList<int> {0, 0, 0, 0, 0, 0};
    QTest::newRow("a right one starts the count again")
        << QStringList {u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s, u"0 right"_s,
                        u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s, u"0 wrong"_s}
        << QList<int> {0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
}

void tst_PinLockout::guesses()
{
    QFETCH(QStringList, steps);
    QFETCH(QList<int>, expected);
    QCOMPARE(steps.size(), expected.size());
    PinLockout lockout({}, m_clock);
    const qint64 start = m_clock.nowMs();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QStringList step = steps[i].split(u' ');
        m_clock.set(start + step[0].toLongLong());
        const int refusedFor = lockout.retryAfterSec().value_or(0);
        QCOMPARE(lockout.begin(), refusedFor == 0);
        QVERIFY2(refusedFor == expected[i], qPrintable(u"step %1: %2"_s.arg(i).arg(refusedFor)));
        if (refusedFor == 0 && step[1] == "right"_L1)
            lockout.succeeded();
        else if (refusedFor == 0)
            lockout.failed();
    }
}

void tst_PinLockout::failuresLeftCountsDown()
{
    PinLockout lockout({}, m_clock);
    QCOMPARE(lockout.failuresLeft(), 5);
    QVERIFY(lockout.begin()); // under way: counted until it is checked
    QCOMPARE(lockout.failuresLeft(), 4);
    lockout.succeeded();
    QCOMPARE(lockout.failuresLeft(), 5);
    QVERIFY(lockout.begin());
    lockout.failed();
    QCOMPARE(lockout.failuresLeft(), 4);
    QVERIFY(lockout.begin());
    lockout.abandoned(); // neither right nor wrong
    QCOMPARE(lockout.failuresLeft(), 4);
}

void tst_PinLockout::guessesSideBySideCannotOutrunTheCount()
{
    PinLockout lockout({}, m_clock);
    QVERIFY(lockout.begin());
    lockout.failed();
    for (int i = 0; i < 4; ++i)
        QVERIFY(lockout.begin()); // four more are being checked at once
    QCOMPARE(lockout.failuresLeft(), 0);
    QVERIFY(!lockout.begin()); // a sixth waits for them
    QCOMPARE(lockout.retryAfterSec(), std::optional<int>(1));
    for (int i = 0; i < 4; ++i)
        lockout.failed();
    QCOMPARE(lockout.retryAfterSec(), std::optional<int>(60));
    QVERIFY(!lockout.begin());
}

QTEST_APPLESS_MAIN(tst_PinLockout)
#include "tst_pinlockout.moc"
