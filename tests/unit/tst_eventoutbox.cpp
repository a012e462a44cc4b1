// SPDX-License-Identifier: GPL-3.0-or-later
#include "realtime/eventoutbox.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
EventPtr sequenced(qint64 seq)
{
    return EventEnvelope::make(u"state:player"_s, {{u"n"_s, seq}}, Audience::global(), seq,
                               EventEnvelope::Kind::Sequenced);
}
} // namespace

class tst_EventOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsOnlySequencedEvents()
    {
        EventOutbox outbox(10);
        outbox.append(sequenced(1));
        outbox.append(EventEnvelope::make(u"state:track_position"_s, {}, Audience::global(), 1,
                                          EventEnvelope::Kind::Position));
        outbox.append(EventEnvelope::make(u"ack:join"_s, {}, {}, 1, EventEnvelope::Kind::Current));
        QCOMPARE(outbox.size(), 1);
    }

    void ringDropsTheOldest()
    {
        EventOutbox outbox(5);
        for (qint64 seq = 1; seq <= 12; ++seq)
            outbox.append(sequenced(seq));
        QCOMPARE(outbox.size(), 5);
        QCOMPARE(outbox.oldestSeq(), 8);
        QCOMPARE(outbox.newestSeq(), 12);
    }

    void coversOnlyWhenEverythingMissedIsKept_data()
    {
        QTest::addColumn<qint64>("last");
        QTest::addColumn<bool>("covers");
        QTest::newRow("nothing missed") << qint64(12) << true;
        QTest::newRow("ahead of the server") << qint64(20) << true;
        QTest::newRow("one missed") << qint64(11) << true;
        QTest::newRow("exactly the oldest kept") << qint64(7) << true;
        QTest::newRow("one too many") << qint64(6) << false;
        QTest::newRow("from zero") << qint64(0) << false;
    }
    void coversOnlyWhenEverythingMissedIsKept()
    {
        QFETCH(qint64, last);
        QFETCH(bool, covers);
        EventOutbox outbox(5);
        for (qint64 seq = 1; seq <= 12; ++seq)
            outbox.append(sequenced(seq));
        QCOMPARE(outbox.covers(last, 12), covers);
    }

    void sinceReturnsTheSameEventsInOrder()
    {
        EventOutbox outbox(100);
        QList<EventPtr> sent;
        for (qint64 seq = 1; seq <= 10; ++seq) {
            sent.append(sequenced(seq));
            outbox.append(sent.last());
        }
        const QList<EventPtr> missed = outbox.since(6);
        QCOMPARE(missed.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(missed[i].get(), sent[6 + i].get()); // the very same bytes
        QVERIFY(outbox.since(10).isEmpty());
    }

    void emptyRingCoversNothingMissed()
    {
        EventOutbox outbox(5);
        QVERIFY(!outbox.covers(3, 5));
        QVERIFY(outbox.covers(5, 5));
        QCOMPARE(outbox.oldestSeq(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EventOutbox)
#include "tst_eventoutbox.moc"
