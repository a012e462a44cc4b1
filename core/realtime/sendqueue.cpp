// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendqueue.h"

#include <QScopedValueRollback>

#include <algorithm>

SendQueue::SendQueue(Limits limits, Sink sink, DeliveryCounters *counters, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_sink(std::move(sink))
    , m_counters(counters)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(m_limits.retryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &SendQueue::drain);
}

void SendQueue::push(const EventPtr &event)
{
    if (m_broken || !event)
        return;
    if (event->isPosition() && !m_queue.empty() && unsentBytes() > m_limits.bufferBytes) {
        const auto older = std::find_if(m_queue.begin(), m_queue.end(),
                                        [](const EventPtr &queued) { return queued->isPosition(); });
        if (older != m_queue.end()) {
            // Removed rather than overwritten in place: the newer tick carries a newer server_seq and must
            // not overtake events emitted before it.
            m_queuedBytes -= (*older)->wireSize();
            m_queue.erase(older);
            ++m_coalesced;
            if (m_counters)
                ++m_counters->coalesced;
        }
    }
    m_queue.push_back(event);
    m_queuedBytes += event->wireSize();
    if (int(m_queue.size()) > m_limits.maxQueued) {
        fail(true);
        return;
    }
    drain();
}

void SendQueue::drain()
{
    // A transport may report bytesWritten from inside write() (a flush): the loop below carries on anyway.
    if (m_broken || m_retry.isActive() || m_draining)
        return;
    const QScopedValueRollback<bool> draining(m_draining, true);
    while (!m_queue.empty() && m_sink.pendingBytes() <= m_limits.bufferBytes) {
        const EventPtr event = m_queue.front();
        if (!m_sink.write(event)) {
            if (++m_attempts > m_limits.retryMax) {
                fail(false);
                return;
            }
            if (m_counters)
                ++m_counters->retried;
            m_retry.start();
            return;
        }
        m_attempts = 0;
        m_queue.pop_front();
        m_queuedBytes -= event->wireSize();
        if (m_counters)
            ++m_counters->sent;
    }
}

void SendQueue::fail(bool overflow)
{
    m_broken = true;
    m_queue.clear();
    m_queuedBytes = 0;
    m_retry.stop();
    if (overflow)
        Q_EMIT overflowed();
    else
        Q_EMIT writeFailed();
}
