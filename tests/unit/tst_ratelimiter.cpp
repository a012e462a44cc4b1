// SPDX-License-Identifier: GPL-3.0-or-later
// RateLimiter: a sliding window per client key; rejected requests do not count; Retry-After >= 1 s.

#include "manualclock.h"
#include "server/ratelimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void window_data();
    void window();
    void keysAreIndependent();

private:
    ManualClock m_clock;
};

void tst_RateLimiter::init()
{
    m_clock.set(1'000'000);
}

void tst_RateLimiter::window_data()
{
    QTest::addColumn<QList<qint64>>("requestTimes"); // ms offsets
    QTest::addColumn<QList<int>>("expected"); // 0 = accepted, else Retry-After seconds
    // limit 3 per 60 s
    QTest::newRow("up to the limit") << QList<qint64> {0, 1, 2} << QList<int> {0, 0, 0};
    QTest::newRow("over the limit") << QList<qint64> {0, 10000, 20000, 30000} << QList<int> {0, 0, 0, 30};
    QTest::newRow("window slides") << QList<qint64> {0, 10000, 20000, 60000, 60001}
                                   << QList<int> {0, 0, 0, 0, 10};
    QTest::newRow("rejections do not count")
        << QList<qint64> {0, 0, 0, 1000, 2000, 3000, 60000} << QList<int> {0, 0, 0, 59, 58, 57, 0};
    QTest::newRow("retry after is at least 1 s") << QList<qint64> {0, 0, 0, 59999} << QList<int> {0, 0, 0, 1};
}

void tst_RateLimiter::window()
{
    QFETCH(QList<qint64>, requestTimes);
    QFETCH(QList<int>, expected);
    RateLimiter limiter(m_clock, 3, 60);
    const qint64 start = m_clock.nowMs();
    for (qsizetype i = 0; i < requestTimes.size(); ++i) {
        m_clock.set(start + requestTimes[i]);
        const std::optional<int> retry = limiter.tryAcquire(u"1.2.3.4|ua"_s);
        QCOMPARE(retry.value_or(0), expected[i]);
    }
}

void tst_RateLimiter::keysAreIndependent()
{
    RateLimiter limiter(m_clock, 1, 60);
    QVERIFY(!limiter.tryAcquire(u"a|x"_s));
    QVERIFY(limiter.tryAcquire(u"a|x"_s));
    QVERIFY(!limiter.tryAcquire(u"a|y"_s)); // another User-Agent is another client
    QVERIFY(!limiter.tryAcquire(u"b|x"_s));
    m_clock.advance(120'000); // idle clients are forgotten, then start afresh
    QVERIFY(!limiter.tryAcquire(u"a|x"_s));
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
