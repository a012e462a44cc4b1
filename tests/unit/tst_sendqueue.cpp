// SPDX-License-Identifier: GPL-3.0-or-later
#include "realtime/sendqueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

EventPtr makeEvent(const QString &name, int n)
{
    return EventEnvelope::make(name, {{u"n"_s, n}}, Audience::global(), n,
                               name == "state:track_position"_L1 ? EventEnvelope::Kind::Position
                                                                 : EventEnvelope::Kind::Sequenced);
}

// A transport whose unsent bytes the test controls.
struct FakeTransport
{
    qint64 pending = 0;
    int refuse = 0; // the next writes that fail
    QStringList written;

    SendQueue::Sink sink()
    {
        return {[this](const EventPtr &e) {
                    if (refuse > 0) {
                        --refuse;
                        return false;
                    }
                    written.append(e->name() + u'#' + QString::number(e->payload().value(u"n"_s).toInt()));
                    pending += e->wireSize();
                    return true;
                },
                [this] { return pending; }};
    }
};

} // namespace

class tst_SendQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_transport = FakeTransport();
        m_counters = DeliveryCounters();
    }

    void writesAtOnceWhileTheTransportKeepsUp()
    {
        SendQueue queue({1000, 10, 3, 5}, m_transport.sink(), &m_counters);
        queue.push(makeEvent(u"a"_s, 1));
        queue.push(makeEvent(u"b"_s, 2));
        QCOMPARE(m_transport.written, (QStringList {u"a#1"_s, u"b#2"_s}));
        QCOMPARE(queue.queued(), 0);
        QCOMPARE(m_counters.sent, 2u);
    }

    void waitsWhenTheTransportIsFullAndKeepsOrder()
    {
        SendQueue queue({100, 10, 3, 5}, m_transport.sink(), &m_counters);
        m_transport.pending = 500;
        queue.push(makeEvent(u"a"_s, 1));
        queue.push(makeEvent(u"b"_s, 2));
        QVERIFY(m_transport.written.isEmpty());
        QCOMPARE(queue.queued(), 2);
        QVERIFY(queue.unsentBytes() > 500);
        m_transport.pending = 0;
        queue.drain();
        QCOMPARE(m_transport.written, (QStringList {u"a#1"_s, u"b#2"_s}));
    }

    void positionsCoalesceForASlowClient()
    {
        SendQueue queue({100, 10, 3, 5}, m_transport.sink(), &m_counters);
        m_transport.pending = 500;
        const QString position = u"state:track_position"_s;
        queue.push(makeEvent(position, 1));
        queue.push(makeEvent(u"state:player"_s, 2));
        queue.push(makeEvent(position, 3));
        queue.push(makeEvent(position, 4));
        QCOMPARE(queue.queued(), 2);
        QCOMPARE(queue.coalescedCount(), 2u);
        QCOMPARE(m_counters.coalesced, 2u);
        m_transport.pending = 0;
        queue.drain();
        // latest wins, and it does not overtake the event emitted before it
        QCOMPARE(m_transport.written, (QStringList {u"state:player#2"_s, u"state:track_position#4"_s}));
    }

    void positionsDoNotCoalesceWhileTheClientKeepsUp()
    {
        SendQueue queue({100000, 10, 3, 5}, m_transport.sink(), &m_counters);
        for (int i = 1; i <= 3; ++i)
            queue.push(makeEvent(u"state:track_position"_s, i));
        QCOMPARE(m_transport.written.size(), 3);
        QCOMPARE(queue.coalescedCount(), 0u);
    }

    void overflowClosesOnce()
    {
        SendQueue queue({100, 3, 3, 5}, m_transport.sink(), &m_counters);
        QSignalSpy overflowed(&queue, &SendQueue::overflowed);
        m_transport.pending = 500;
        for (int i = 1; i <= 6; ++i)
            queue.push(makeEvent(u"state:player"_s, i));
        QCOMPARE(overflowed.size(), 1);
        QVERIFY(queue.isBroken());
        QCOMPARE(queue.queued(), 0);
        m_transport.pending = 0;
        queue.drain();
        QVERIFY(m_transport.written.isEmpty());
    }

    void failedWriteIsRetriedThenSucceeds()
    {
        SendQueue queue({1000, 10, 3, 5}, m_transport.sink(), &m_counters);
        QSignalSpy failed(&queue, &SendQueue::writeFailed);
        m_transport.refuse = 2;
        queue.push(makeEvent(u"a"_s, 1));
        queue.push(makeEvent(u"b"_s, 2));
        QVERIFY(m_transport.written.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_transport.written, (QStringList {u"a#1"_s, u"b#2"_s}), 5000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_counters.retried, 2u);
    }

    void failedWriteGivesUpAfterRetryMax()
    {
        SendQueue queue({1000, 10, 3, 5}, m_transport.sink(), &m_counters);
        QSignalSpy failed(&queue, &SendQueue::writeFailed);
        m_transport.refuse = 100;
        queue.push(makeEvent(u"a"_s, 1));
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_transport.refuse, 100 - 4); // the first try and three retries
        QVERIFY(queue.isBroken());
    }

    void drainFromInsideAWriteSendsNothingTwice()
    {
        SendQueue *self = nullptr;
        QStringList written;
        SendQueue queue({1000, 10, 3, 5},
                        {[&](const EventPtr &e) {
                             written.append(e->name());
                             self->drain(); // a flush that reports bytesWritten at once
                             return true;
                         },
                         [] { return qint64(0); }},
                        &m_counters);
        self = &queue;
        queue.push(makeEvent(u"a"_s, 1));
        queue.push(makeEvent(u"b"_s, 2));
        QCOMPARE(written, (QStringList {u"a"_s, u"b"_s}));
    }

private:
    FakeTransport m_transport;
    DeliveryCounters m_counters;
};

QTEST_GUILESS_MAIN(tst_SendQueue)
#include "tst_sendqueue.moc"
