// SPDX-License-Identifier: GPL-3.0-or-later
// ShutdownNoticeViewModel over the real IdleShutdown (short minutes, ManualClock): the warning shows with the
// seconds left, and a touch on the screen (keepOn) is activity that calls the shutdown off.
#include "screenfixture.h"
#include "shutdownnoticeviewmodel.h"

#include <QSignalSpy>
#include <QTest>

class tst_ShutdownNoticeViewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTouchKeepsTheBoxOn();
};

void tst_ShutdownNoticeViewModel::aTouchKeepsTheBoxOn()
{
    ScreenFixture box;
    QVERIFY(box.isReady());
    ShutdownNoticeViewModel notice(box.idleShutdown);
    QSignalSpy changed(&notice, &ShutdownNoticeViewModel::changed);
    box.idleShutdown.setIdleMinutes(1); // 40 ms here, warned 20 ms before
    QVERIFY(!notice.isPending());

    box.clock.advance(25);
    box.idleShutdown.evaluate();
    QVERIFY(notice.isPending());
    QCOMPARE(notice.secondsLeft(), 1); // 15 ms, rounded up to a whole second
    QCOMPARE(changed.count(), 1);

    notice.keepOn();
    QVERIFY(!notice.isPending());
    QCOMPARE(changed.count(), 2);
    box.clock.advance(30);
    box.idleShutdown.evaluate();
    QCOMPARE(box.shutdownCommand.runs, 0); // the countdown started again at the touch
}

QTEST_GUILESS_MAIN(tst_ShutdownNoticeViewModel)
#include "tst_shutdownnoticeviewmodel.moc"
