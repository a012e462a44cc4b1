// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventenvelope.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// Totals over every connection, for the stats.
struct DeliveryCounters
{
    quint64 sent = 0;
    quint64 coalesced = 0;
    quint64 retried = 0;
};

// One connection's FIFO send queue with the backpressure rules of PROTOCOL.md §5.7. Events go straight to
// the transport while it has at most `bufferBytes` unsent; beyond that they wait here, where a newer
// state:track_position replaces a queued older one (latest wins). More than `maxQueued` waiting events means
// the client cannot keep up: overflowed() and the connection is closed so it resyncs. A write the transport
// refuses is retried `retryMax` times, `retryIntervalMs` apart, then writeFailed(). The transport is
// abstract (a WebSocket, a long-poll buffer), so the rules are tested without sockets.
class SendQueue : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 bufferBytes = 262144;
        int maxQueued = 1000;
        int retryMax = 3;
        int retryIntervalMs = 100;
    };
    struct Sink
    {
        std::function<bool(const EventPtr &)> write; // true when the transport took the whole frame
        std::function<qint64()> pendingBytes; // written but not yet sent
    };

    SendQueue(Limits limits, Sink sink, DeliveryCounters *counters = nullptr, QObject *parent = nullptr);

    void push(const EventPtr &event);
    // The transport made room (bytesWritten, a long-poll took the buffer): send what waits.
    void drain();

    int queued() const { return int(m_queue.size()); }
    qint64 unsentBytes() const { return m_sink.pendingBytes() + m_queuedBytes; }
    bool isBroken() const { return m_broken; }
    quint64 coalescedCount() const { return m_coalesced; }

Q_SIGNALS:
    // Emitted once; the owner closes the connection (deleteLater, never delete, from the slot).
    void overflowed();
    void writeFailed();

private:
    void fail(bool overflow);

    Limits m_limits;
    Sink m_sink;
    DeliveryCounters *m_counters;
    std::deque<EventPtr> m_queue;
    qint64 m_queuedBytes = 0;
    QTimer m_retry;
    int m_attempts = 0;
    bool m_broken = false;
    bool m_draining = false;
    quint64 m_coalesced = 0;
};
