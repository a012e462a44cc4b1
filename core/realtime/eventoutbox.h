// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventenvelope.h"

#include <QList>

#include <deque>

// The replay ring (PROTOCOL.md §5.6): the last `limit` sequenced events exactly as they were sent (seq,
// name, bytes, audience). In memory only, so it is empty after a restart; a client that missed more than it
// holds gets fresh snapshots instead.
class EventOutbox
{
public:
    explicit EventOutbox(int limit = 1000);

    void append(const EventPtr &event); // sequenced events only, in seq order
    int size() const { return int(m_events.size()); }
    int limit() const { return m_limit; }
    qint64 oldestSeq() const; // 0 when empty
    qint64 newestSeq() const; // 0 when empty

    // Whether the ring holds every sequenced event after `lastSeq` up to `currentSeq`.
    bool covers(qint64 lastSeq, qint64 currentSeq) const;
    // The kept events with seq > lastSeq, oldest first.
    QList<EventPtr> since(qint64 lastSeq) const;

private:
    int m_limit;
    std::deque<EventPtr> m_events;
};
