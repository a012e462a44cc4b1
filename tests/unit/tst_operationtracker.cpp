// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"
#include "realtime/operationtracker.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_OperationTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_clock.set(0);
        m_tracker = std::make_unique<OperationTracker>(m_clock, 300, 5);
    }

    void unknownThenReplay()
    {
        QCOMPARE(m_tracker->lookup(u"op1"_s, u"POST /api/x"_s), OperationTracker::Lookup::Unknown);
        QVERIFY(m_tracker->remember(u"op1"_s, {u"POST /api/x"_s, 201, "body", {{"X-A", "1"}}}));
        OperationTracker::Stored stored;
        QCOMPARE(m_tracker->lookup(u"op1"_s, u"POST /api/x"_s, &stored), OperationTracker::Lookup::Replay);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.body, QByteArray("body"));
        QCOMPARE(stored.headers.size(), 1);
    }

    void reuseForAnotherOperationIsAConflict()
    {
        m_tracker->remember(u"op1"_s, {u"socket:start_nfc_link"_s, 200, "{}", {}});
        QCOMPARE(m_tracker->lookup(u"op1"_s, u"POST /api/nfc/scan"_s), OperationTracker::Lookup::Conflict);
    }

    void serverErrorsAndRateLimitsAreNotStored_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("stored");
        QTest::newRow("200") << 200 << true;
        QTest::newRow("404") << 404 << true;
        QTest::newRow("409") << 409 << true;
        QTest::newRow("429") << 429 << false;
        QTest::newRow("500") << 500 << false;
        QTest::newRow("503") << 503 << false;
    }
    void serverErrorsAndRateLimitsAreNotStored()
    {
        QFETCH(int, status);
        QFETCH(bool, stored);
        QCOMPARE(m_tracker->remember(u"op"_s, {u"f"_s, status, {}, {}}), stored);
        QCOMPARE(m_tracker->lookup(u"op"_s, u"f"_s) == OperationTracker::Lookup::Replay, stored);
    }

    void forgetsAfterTheWindow()
    {
        m_tracker->remember(u"op1"_s, {u"f"_s, 200, {}, {}});
        m_clock.set(299'999);
        QCOMPARE(m_tracker->lookup(u"op1"_s, u"f"_s), OperationTracker::Lookup::Replay);
        m_clock.set(300'000);
        QCOMPARE(m_tracker->lookup(u"op1"_s, u"f"_s), OperationTracker::Lookup::Unknown);
        QCOMPARE(m_tracker->size(), 0);
    }

    void boundedInMemory()
    {
        for (int i = 0; i < 8; ++i)
            m_tracker->remember(u"op%1"_s.arg(i), {u"f"_s, 200, {}, {}});
        QCOMPARE(m_tracker->size(), 5);
        QCOMPARE(m_tracker->lookup(u"op0"_s, u"f"_s), OperationTracker::Lookup::Unknown); // oldest went first
        QCOMPARE(m_tracker->lookup(u"op7"_s, u"f"_s), OperationTracker::Lookup::Replay);
    }

private:
    ManualClock m_clock;
    std::unique_ptr<OperationTracker> m_tracker;
};

QTEST_GUILESS_MAIN(tst_OperationTracker)
#include "tst_operationtracker.moc"
