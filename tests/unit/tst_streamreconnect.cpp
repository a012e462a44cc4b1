// SPDX-License-Identifier: GPL-3.0-or-later
// StreamReconnect: the delays grow 1, 2, 4 s (firstDelayMs doubled each time), there are `attempts` of them
// and no more, and reset() cancels a pending attempt and starts the count over.

#include "playback/streamreconnect.h"

#include <QSignalSpy>
#include <QTest>

class tst_StreamReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delays_data();
    void delays();
    void attemptsRunOut();
    void resetCancelsAndStartsOver();
};

void tst_StreamReconnect::delays_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("delay"); // -1: none

    QTest::newRow("default, first") << 1000 << 3 << 1 << 1000;
    QTest::newRow("default, second") << 1000 << 3 << 2 << 2000;
    QTest::newRow("default, third") << 1000 << 3 << 3 << 4000;
    QTest::newRow("default, past the last") << 1000 << 3 << 4 << -1;
    QTest::newRow("no attempts") << 1000 << 0 << 1 << -1;
    QTest::newRow("attempt 0 is not one") << 1000 << 3 << 0 << -1;
    QTest::newRow("ten from 60 s stays an int") << 60000 << 10 << 10 << 60000 * 512;
}

void tst_StreamReconnect::delays()
{
    QFETCH(int, first);
    QFETCH(int, attempts);
    QFETCH(int, attempt);
    QFETCH(int, delay);
    const auto computed = StreamReconnect::delayBefore({first, attempts}, attempt);
    QCOMPARE(computed.value_or(-1), delay);
}

void tst_StreamReconnect::attemptsRunOut()
{
    StreamReconnect reconnect({.firstDelayMs = 1, .attempts = 3});
    QSignalSpy due(&reconnect, &StreamReconnect::attemptDue);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QVERIFY(reconnect.schedule());
        QVERIFY(reconnect.isWaiting());
        QVERIFY(due.wait(2000));
        QCOMPARE(due.last().first().toInt(), attempt);
        QVERIFY(!reconnect.isWaiting());
    }
    QVERIFY(!reconnect.schedule());
    QCOMPARE(reconnect.attemptsMade(), 3);
    QCOMPARE(due.size(), 3);
}

void tst_StreamReconnect::resetCancelsAndStartsOver()
{
    StreamReconnect reconnect({.firstDelayMs = 50, .attempts = 2});
    QSignalSpy due(&reconnect, &StreamReconnect::attemptDue);
    QVERIFY(reconnect.schedule());
    QVERIFY(reconnect.schedule());
    QCOMPARE(reconnect.attemptsMade(), 2);
    reconnect.reset();
    QVERIFY(!reconnect.isWaiting());
    QCOMPARE(reconnect.attemptsMade(), 0);
    // The count starts over: attempt 1 again, and the cancelled one never fires.
    QVERIFY(reconnect.schedule());
    QVERIFY(due.wait(2000));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().first().toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_StreamReconnect)
#include "tst_streamreconnect.moc"
