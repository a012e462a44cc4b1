// SPDX-License-Identifier: GPL-3.0-or-later
// QuietHours and BudgetDay, the clock rules of the parental settings (PROTOCOL.md §4.6), as tables in
// Europe/Paris: windows across midnight, joined windows, the days a window starts on, and both DST changes of
// 2026 (29 March 02:00 -> 03:00, 25 October 03:00 -> 02:00).

#include "parental/budgetday.h"
#include "parental/quiethours.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone paris("Europe/Paris");

// "fri,sat 22:00-07:00; mon 13:00-15:00"
QList<ParentalSettings::QuietWindow> windows(const QString &spec)
{
    const QStringList names {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    QList<ParentalSettings::QuietWindow> result;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(u' ');
        ParentalSettings::QuietWindow window;
        for (const QString &day : words.at(0).split(u','))
            window.days.append(day == u"all"_s ? 0 : int(names.indexOf(day)) + 1);
        if (window.days == QList<int> {0})
            window.days = {1, 2, 3, 4, 5, 6, 7};
        const QStringList times = words.at(1).split(u'-');
        window.from = QTime::fromString(times.at(0), u"HH:mm"_s);
        window.to = QTime::fromString(times.at(1), u"HH:mm"_s);
        result.append(window);
    }
    return result;
}

QDateTime at(const QString &iso) // with its offset: unambiguous in the repeated hour of October
{
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(parsed.isValid());
    return parsed;
}

} // namespace

class tst_QuietHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(paris.isValid(), "tzdata must know Europe/Paris"); }
    void quietUntil_data();
    void quietUntil();
    void budgetDay_data();
    void budgetDay();
};

void tst_QuietHours::quietUntil_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("until"); // empty: not quiet
    const QString nights = u"all 20:00-07:00"_s;
    QTest::newRow("evening") << nights << u"2026-12-07T21:00:00+01:00"_s << u"2026-12-08T07:00:00+01:00"_s;
    QTest::newRow("after midnight") << nights << u"2026-12-08T00:30:00+01:00"_s
                                    << u"2026-12-08T07:00:00+01:00"_s;
    QTest::newRow("last minute") << nights << u"2026-12-08T06:59:00+01:00"_s
                                 << u"2026-12-08T07:00:00+01:00"_s;
    QTest::newRow("ends at to") << nights << u"2026-12-08T07:00:00+01:00"_s << QString();
    QTest::newRow("starts at from") << nights << u"2026-12-08T20:00:00+01:00"_s
                                    << u"2026-12-09T07:00:00+01:00"_s;
    QTest::newRow("day time") << nights << u"2026-12-08T12:00:00+01:00"_s << QString();
    const QString friday = u"fri 22:00-07:00"_s;
    QTest::newRow("Friday's night on Saturday")
        << friday << u"2026-12-12T03:00:00+01:00"_s << u"2026-12-12T07:00:00+01:00"_s;
    QTest::newRow("Thursday's night is not listed") << friday << u"2026-12-11T03:00:00+01:00"_s << QString();
    QTest::newRow("Friday evening") << friday << u"2026-12-11T23:00:00+01:00"_s
                                    << u"2026-12-12T07:00:00+01:00"_s;
    QTest::newRow("nap") << u"sat,sun 13:00-15:00"_s << u"2026-12-13T14:00:00+01:00"_s
                         << u"2026-12-13T15:00:00+01:00"_s;
    QTest::newRow("no nap on Monday")
        << u"sat,sun 13:00-15:00"_s << u"2026-12-14T14:00:00+01:00"_s << QString();
    QTest::newRow("joined windows") << u"mon 20:00-23:00; mon 23:00-07:00"_s << u"2026-12-07T21:00:00+01:00"_s
                                    << u"2026-12-08T07:00:00+01:00"_s;
    QTest::newRow("overlapping windows") << u"all 21:00-06:00; all 05:00-08:00"_s
                                         << u"2026-12-07T22:00:00+01:00"_s << u"2026-12-08T08:00:00+01:00"_s;
    // Spring forward: the night is an hour shorter, the window still ends at 07:00 local (05:00 UTC).
    const QString saturday = u"sat 22:00-07:00"_s;
    QTest::newRow("spring, before the change")
        << saturday << u"2026-03-29T01:30:00+01:00"_s << u"2026-03-29T07:00:00+02:00"_s;
    QTest::newRow("spring, after the change")
        << saturday << u"2026-03-29T03:30:00+02:00"_s << u"2026-03-29T07:00:00+02:00"_s;
    QTest::newRow("spring, after the end") << saturday << u"2026-03-29T07:00:00+02:00"_s << QString();
    // Fall back: 02:30 happens twice; both are in the window, which ends at 07:00 CET (06:00 UTC).
    QTest::newRow("autumn, first 02:30")
        << saturday << u"2026-10-25T02:30:00+02:00"_s << u"2026-10-25T07:00:00+01:00"_s;
    QTest::newRow("autumn, second 02:30")
        << saturday << u"2026-10-25T02:30:00+01:00"_s << u"2026-10-25T07:00:00+01:00"_s;
    // A window inside the repeated hour happens once, in its second pass (Qt reads 02:15 as CET then).
    QTest::newRow("autumn, a window inside the repeated hour")
        << u"sun 02:15-02:45"_s << u"2026-10-25T02:20:00+01:00"_s << u"2026-10-25T02:45:00+01:00"_s;
    QTest::newRow("no windows") << QString() << u"2026-12-07T21:00:00+01:00"_s << QString();
}

void tst_QuietHours::quietUntil()
{
    QFETCH(QString, spec);
    QFETCH(QString, now);
    QFETCH(QString, until);
    const QuietHours quiet(windows(spec), paris);
    const std::optional<QDateTime> end = quiet.quietUntil(at(now));
    if (until.isEmpty()) {
        QVERIFY2(!end, end ? qPrintable(end->toString(Qt::ISODate)) : "");
        return;
    }
    QVERIFY(end);
    QCOMPARE(end->toMSecsSinceEpoch(), at(until).toMSecsSinceEpoch());
    QCOMPARE(end->timeSpec(), Qt::UTC);
}

void tst_QuietHours::budgetDay_data()
{
    QTest::addColumn<QString>("resetsAt");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("nextReset");
    QTest::newRow("night counts for the day before") << u"04:00"_s << u"2026-12-08T01:30:00+01:00"_s
                                                     << QDate(2026, 12, 7) << u"2026-12-08T04:00:00+01:00"_s;
    QTest::newRow("at the reset") << u"04:00"_s << u"2026-12-08T04:00:00+01:00"_s << QDate(2026, 12, 8)
                                  << u"2026-12-09T04:00:00+01:00"_s;
    QTest::newRow("evening") << u"04:00"_s << u"2026-12-08T23:59:00+01:00"_s << QDate(2026, 12, 8)
                             << u"2026-12-09T04:00:00+01:00"_s;
    QTest::newRow("midnight reset") << u"00:00"_s << u"2026-12-08T23:59:00+01:00"_s << QDate(2026, 12, 8)
                                    << u"2026-12-09T00:00:00+01:00"_s;
    QTest::newRow("spring: a 23-hour day") << u"04:00"_s << u"2026-03-29T03:30:00+02:00"_s
                                           << QDate(2026, 3, 28) << u"2026-03-29T04:00:00+02:00"_s;
    QTest::newRow("autumn: the second 02:30") << u"04:00"_s << u"2026-10-25T02:30:00+01:00"_s
                                              << QDate(2026, 10, 24) << u"2026-10-25T04:00:00+01:00"_s;
    QTest::newRow("autumn: a 25-hour day") << u"04:00"_s << u"2026-10-25T05:00:00+01:00"_s
                                           << QDate(2026, 10, 25) << u"2026-10-26T04:00:00+01:00"_s;
}

void tst_QuietHours::budgetDay()
{
    QFETCH(QString, resetsAt);
    QFETCH(QString, now);
    QFETCH(QString, nextReset);
    const BudgetDay day(QTime::fromString(resetsAt, u"HH:mm"_s), paris);
    QTEST(day.dayOf(at(now)), "day");
    QCOMPARE(day.nextReset(at(now)).toMSecsSinceEpoch(), at(nextReset).toMSecsSinceEpoch());
}

QTEST_APPLESS_MAIN(tst_QuietHours)
#include "tst_quiethours.moc"
