// SPDX-License-Identifier: GPL-3.0-or-later
// ScreenDimmer: dims after the idle time (waited on its signal), a wake makes it bright and starts the idle
// time again, 0 never dims, and the parents' choice stays within its range.
#include "screendimmer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ScreenDimmer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dimsAfterTheIdleTimeAndWakes();
    void neverDimsWithZero();
    void theParentsChoiceIsBounded();
};

void tst_ScreenDimmer::dimsAfterTheIdleTimeAndWakes()
{
    ScreenDimmer dimmer(1);
    QSignalSpy dimmed(&dimmer, &ScreenDimmer::dimmedChanged);
    QVERIFY(!dimmer.isDimmed());
    QVERIFY(dimmed.wait(5000));
    QVERIFY(dimmer.isDimmed());
    dimmer.wake();
    QVERIFY(!dimmer.isDimmed());
    QCOMPARE(dimmed.count(), 2);
    dimmer.wake(); // already bright: nothing to say
    QCOMPARE(dimmed.count(), 2);
    QVERIFY(dimmed.wait(5000)); // the idle time started again
    QVERIFY(dimmer.isDimmed());
}

void tst_ScreenDimmer::neverDimsWithZero()
{
    ScreenDimmer dimmer(1);
    QSignalSpy changed(&dimmer, &ScreenDimmer::dimAfterSecChanged);
    QVERIFY(dimmer.setDimAfterSec(0));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dimmer.dimAfterSec(), 0);
    QSignalSpy dimmed(&dimmer, &ScreenDimmer::dimmedChanged);
    QVERIFY(!dimmed.wait(2000)); // a second past the old idle time: still bright
    QVERIFY(!dimmer.isDimmed());
}

void tst_ScreenDimmer::theParentsChoiceIsBounded()
{
    ScreenDimmer dimmer(120);
    QVERIFY(!dimmer.setDimAfterSec(-1));
    QVERIFY(!dimmer.setDimAfterSec(ScreenDimmer::maxDimAfterSec + 1));
    QCOMPARE(dimmer.dimAfterSec(), 120);
    QVERIFY(dimmer.setDimAfterSec(300));
    QCOMPARE(dimmer.dimAfterSec(), 300);
    QCOMPARE(ScreenDimmer(-5).dimAfterSec(), 0);
}

QTEST_GUILESS_MAIN(tst_ScreenDimmer)
#include "tst_screendimmer.moc"
