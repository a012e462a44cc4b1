// SPDX-License-Identifier: GPL-3.0-or-later
// ParentSessions: a token lives while it is used at least once an hour (sliding), is closed on demand, and
// the oldest unused one goes when there are too many.

#include "manualclock.h"
#include "parental/parentsessions.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ParentSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void slidingHour_data();
    void slidingHour();
    void tokensAreRandomHex();
    void closeAndCloseAll();
    void theLeastRecentlyUsedGoesFirst();

private:
    ManualClock m_clock;
};

void tst_ParentSessions::init()
{
    m_clock.set(1'000'000);
}

void tst_ParentSessions::slidingHour_data()
{
    // Uses at these minute offsets after opening, then one check at `checkAt` minutes (ms added by the name).
    QTest::addColumn<QList<qint64>>("usesMs");
    QTest::addColumn<qint64>("checkAtMs");
    QTest::addColumn<bool>("valid");
    constexpr qint64 minute = 60 * 1000;
    QTest::newRow("fresh") << QList<qint64> {} << qint64(0) << true;
    QTest::newRow("just under an hour") << QList<qint64> {} << 60 * minute - 1 << true;
    QTest::newRow("an hour without use") << QList<qint64> {} << 60 * minute << false;
    QTest::newRow("use restarts the hour") << QList<qint64> {50 * minute} << 109 * minute << true;
    QTest::newRow("kept alive all afternoon")
        << QList<qint64> {59 * minute, 118 * minute, 177 * minute, 236 * minute} << 295 * minute << true;
    QTest::newRow("a use after expiry does not revive it")
        << QList<qint64> {61 * minute} << 62 * minute << false;
}

void tst_ParentSessions::slidingHour()
{
    QFETCH(QList<qint64>, usesMs);
    QFETCH(qint64, checkAtMs);
    QFETCH(bool, valid);
    ParentSessions sessions({}, m_clock);
    const qint64 start = m_clock.nowMs();
    const QByteArray token = sessions.open();
    for (const qint64 at : std::as_const(usesMs)) {
        m_clock.set(start + at);
        sessions.use(token);
    }
    m_clock.set(start + checkAtMs);
    QCOMPARE(sessions.isValid(token), valid);
    QCOMPARE(sessions.use(token), valid);
}

void tst_ParentSessions::tokensAreRandomHex()
{
    ParentSessions sessions({}, m_clock);
    const QByteArray a = sessions.open();
    const QByteArray b = sessions.open();
    QCOMPARE(a.size(), 64);
    QVERIFY(a != b);
    QVERIFY(QByteArray::fromHex(a).toHex() == a);
    QVERIFY(!sessions.isValid(QByteArray()));
    QVERIFY(!sessions.use("0123"));
}

void tst_ParentSessions::closeAndCloseAll()
{
    ParentSessions sessions({}, m_clock);
    const QByteArray a = sessions.open();
    const QByteArray b = sessions.open();
    sessions.close(a);
    QVERIFY(!sessions.isValid(a));
    QVERIFY(sessions.isValid(b));
    sessions.closeAll();
    QVERIFY(!sessions.isValid(b));
    QCOMPARE(sessions.count(), 0);
}

void tst_ParentSessions::theLeastRecentlyUsedGoesFirst()
{
    ParentSessions sessions({.idleMs = 60 * 60 * 1000, .maxSessions = 2}, m_clock);
    const QByteArray first = sessions.open();
    m_clock.advance(1000);
    const QByteArray second = sessions.open();
    m_clock.advance(1000);
    QVERIFY(sessions.use(first)); // now second is the one unused longest
    m_clock.advance(1000);
    const QByteArray third = sessions.open();
    QCOMPARE(sessions.count(), 2);
    QVERIFY(sessions.isValid(first));
    QVERIFY(!sessions.isValid(second));
    QVERIFY(sessions.isValid(third));
}

QTEST_APPLESS_MAIN(tst_ParentSessions)
#include "tst_parentsessions.moc"
