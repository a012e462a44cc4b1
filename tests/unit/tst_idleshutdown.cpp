// SPDX-License-Identifier: GPL-3.0-or-later
// The idle shutdown on a manual clock, as a table of scripts in a tiny action language: "minutes:N" sets
// idle_shutdown_min, "wait:MS" moves the clock in half-second steps looking at the rules after each (as the
// timer would), "activity" is a request, tag or button, "play" / "stop" / "pause" are player changes, and
// "failing" makes the command fail from then on. The expected log holds "<ms since start> pending <in_ms>",
// "<ms> cancelled" and "<ms> run".

#include "manualclock.h"
#include "parental/idleshutdown.h"
#include "system/shutdowncommand.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 stepMs = 500;

class FakeShutdownCommand : public ShutdownCommand
{
public:
    bool run() override
    {
        if (onRun)
            onRun();
        return succeeds;
    }
    std::function<void()> onRun;
    bool succeeds = true;
};

} // namespace

class tst_IdleShutdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void script_data();
    void script();
    void timerDrivesTheCountdown();
};

void tst_IdleShutdown::script_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("off: never") << QStringList {u"wait:3000000"_s} << QStringList {};
    QTest::newRow("warned a minute before, then the command")
        << QStringList {u"minutes:5"_s, u"wait:300000"_s}
        << QStringList {u"240000 pending 60000"_s, u"300000 run"_s};
    QTest::newRow("activity before the warning restarts the countdown")
        << QStringList {u"minutes:5"_s, u"wait:100000"_s, u"activity"_s, u"wait:300000"_s}
        << QStringList {u"340000 pending 60000"_s, u"400000 run"_s};
    QTest::newRow("activity in the warning minute calls it off")
        << QStringList {u"minutes:5"_s, u"wait:250000"_s, u"activity"_s, u"wait:300000"_s}
        << QStringList {u"240000 pending 60000"_s, u"250000 cancelled"_s, u"490000 pending 60000"_s,
                        u"550000 run"_s};
    QTest::newRow("a player change while paused calls it off")
        << QStringList {u"minutes:5"_s, u"wait:250000"_s, u"pause"_s, u"wait:300000"_s}
        << QStringList {u"240000 pending 60000"_s, u"250000 cancelled"_s, u"490000 pending 60000"_s,
                        u"550000 run"_s};
    QTest::newRow("music playing holds it off until it stops")
        << QStringList {u"minutes:2"_s, u"play"_s, u"wait:3600000"_s, u"stop"_s, u"wait:120000"_s}
        << QStringList {u"3660000 pending 60000"_s, u"3720000 run"_s};
    QTest::newRow("music starting in the warning minute calls it off")
        << QStringList {u"minutes:2"_s, u"wait:90000"_s, u"play"_s, u"wait:600000"_s}
        << QStringList {u"60000 pending 60000"_s, u"90000 cancelled"_s};
    QTest::newRow("a new value counts from the change")
        << QStringList {u"minutes:10"_s, u"wait:200000"_s, u"minutes:3"_s, u"wait:180000"_s}
        << QStringList {u"320000 pending 60000"_s, u"380000 run"_s};
    QTest::newRow("turned off in the warning minute")
        << QStringList {u"minutes:5"_s, u"wait:250000"_s, u"minutes:0"_s, u"wait:3000000"_s}
        << QStringList {u"240000 pending 60000"_s, u"250000 cancelled"_s};
    QTest::newRow("lengthened in the warning minute")
        << QStringList {u"minutes:2"_s, u"wait:70000"_s, u"minutes:10"_s, u"wait:600000"_s}
        << QStringList {u"60000 pending 60000"_s, u"70000 cancelled"_s, u"610000 pending 60000"_s,
                        u"670000 run"_s};
    QTest::newRow("the same value again changes nothing")
        << QStringList {u"minutes:2"_s, u"wait:90000"_s, u"minutes:2"_s, u"wait:30000"_s}
        << QStringList {u"60000 pending 60000"_s, u"120000 run"_s};
    // One minute is the warning itself: pending at once, and again at once after any activity.
    QTest::newRow("one minute: pending at once")
        << QStringList {u"minutes:1"_s, u"wait:30000"_s, u"activity"_s, u"wait:60000"_s}
        << QStringList {u"0 pending 60000"_s, u"30000 cancelled"_s, u"30000 pending 60000"_s, u"90000 run"_s,
                        u"90000 pending 60000"_s};
    QTest::newRow("a box still on after the command counts down again")
        << QStringList {u"minutes:2"_s, u"wait:240000"_s}
        << QStringList {u"60000 pending 60000"_s, u"120000 run"_s, u"180000 pending 60000"_s,
                        u"240000 run"_s};
    // The loop woke only after the time was up (stalled for ten minutes): the warning still comes first.
    QTest::newRow("a loop that wakes late still warns a minute before")
        << QStringList {u"minutes:2"_s, u"stall:600000"_s, u"wait:60000"_s}
        << QStringList {u"600000 pending 60000"_s, u"660000 run"_s};
    QTest::newRow("a command that cannot start calls the warning off")
        << QStringList {u"failing"_s, u"minutes:2"_s, u"wait:120000"_s}
        << QStringList {u"60000 pending 60000"_s, u"120000 run"_s, u"120000 cancelled"_s};
}

void tst_IdleShutdown::script()
{
    QFETCH(QStringList, actions);
    QFETCH(QStringList, expected);

    ManualClock clock;
    const qint64 start = clock.nowMs();
    FakeShutdownCommand command;
    IdleShutdown idle({}, command, clock);
    QStringList log;
    const auto at = [&] { return QString::number(clock.nowMs() - start); };
    command.onRun = [&] { log.append(at() + u" run"_s); };
    connect(&idle, &IdleShutdown::shutdownPending, this,
            [&](qint64 inMs) { log.append(at() + u" pending "_s + QString::number(inMs)); });
    connect(&idle, &IdleShutdown::shutdownCancelled, this, [&] { log.append(at() + u" cancelled"_s); });

    for (const QString &action : actions) {
        const QString argument = action.section(u':', 1);
        if (action.startsWith("minutes:"_L1)) {
            idle.setIdleMinutes(argument.toInt());
        } else if (action.startsWith("wait:"_L1)) {
            for (qint64 waited = 0; waited < argument.toLongLong(); waited += stepMs) {
                clock.advance(stepMs);
                idle.evaluate();
            }
        } else if (action.startsWith("stall:"_L1)) {
            clock.advance(argument.toLongLong());
            idle.evaluate();
        } else if (action == "activity"_L1) {
            idle.noteActivity();
        } else if (action == "play"_L1) {
            idle.playerChanged(true);
        } else if (action == "pause"_L1 || action == "stop"_L1) {
            idle.playerChanged(false);
        } else if (action == "failing"_L1) {
            command.succeeds = false;
        } else {
            QFAIL(qPrintable(u"unknown action "_s + action));
        }
    }
    QCOMPARE(log, expected);
}

// The QTimer, not the test, looks at the rules: on a real clock with a 30 ms minute and a 10 ms warning.
void tst_IdleShutdown::timerDrivesTheCountdown()
{
    class RealClock : public Clock
    {
    public:
        qint64 nowMs() const override { return m_elapsed.elapsed(); }
        QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
        QElapsedTimer m_elapsed;
    } clock;
    clock.m_elapsed.start();
    FakeShutdownCommand command;
    int runs = 0;
    qint64 ranAt = -1;
    command.onRun = [&] {
        if (++runs == 1)
            ranAt = clock.nowMs();
    };
    IdleShutdown idle({.minuteMs = 30, .warningMs = 10}, command, clock);
    qint64 pendingAt = -1;
    connect(&idle, &IdleShutdown::shutdownPending, this, [&] {
        if (pendingAt < 0)
            pendingAt = clock.nowMs();
    });
    idle.setIdleMinutes(2);
    QTRY_VERIFY_WITH_TIMEOUT(runs >= 1, 5000);
    QVERIFY2(pendingAt >= 50, qPrintable(QString::number(pendingAt)));
    QVERIFY2(ranAt >= 60 && ranAt >= pendingAt, qPrintable(QString::number(ranAt)));
}

QTEST_GUILESS_MAIN(tst_IdleShutdown)
#include "tst_idleshutdown.moc"
