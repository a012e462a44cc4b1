// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventoutbox.h"

#include <algorithm>

EventOutbox::EventOutbox(int limit)
    : m_limit(qMax(1, limit))
{ }

void EventOutbox::append(const EventPtr &event)
{
    if (!event || !event->isSequenced())
        return;
    m_events.push_back(event);
    while (int(m_events.size()) > m_limit)
        m_events.pop_front();
}

qint64 EventOutbox::oldestSeq() const
{
    return m_events.empty() ? 0 : m_events.front()->seq();
}

qint64 EventOutbox::newestSeq() const
{
    return m_events.empty() ? 0 : m_events.back()->seq();
}

bool EventOutbox::covers(qint64 lastSeq, qint64 currentSeq) const
{
    if (lastSeq >= currentSeq)
        return true;
    // Every sequenced emission of this run is appended, so the ring is gap-free from its oldest entry on.
    return !m_events.empty() && oldestSeq() <= lastSeq + 1 && newestSeq() == currentSeq;
}

QList<EventPtr> EventOutbox::since(qint64 lastSeq) const
{
    const auto first = std::upper_bound(m_events.cbegin(), m_events.cend(), lastSeq,
                                        [](qint64 seq, const EventPtr &event) { return seq < event->seq(); });
    return QList<EventPtr>(first, m_events.cend());
}
