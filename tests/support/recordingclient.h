// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "realtime/realtimeclient.h"

#include <QList>
#include <QStringList>

// A RealtimeClient that only records what it is sent, for tests of StateManager and its parts.
class RecordingClient : public RealtimeClient
{
public:
    explicit RecordingClient(EventEnvelope::Transport transport = EventEnvelope::Transport::PlainWs,
                             QString sid = QStringLiteral("recording-client-sid"))
        : m_transport(transport)
        , m_sid(std::move(sid))
    { }

    void deliver(const EventPtr &event) override { events.append(event); }
    EventEnvelope::Transport transport() const override { return m_transport; }
    QString sid() const override { return m_sid; }

    QStringList names() const
    {
        QStringList list;
        for (const EventPtr &event : events)
            list.append(event->name());
        return list;
    }
    EventPtr last() const { return events.isEmpty() ? nullptr : events.last(); }

    QList<EventPtr> events;

private:
    EventEnvelope::Transport m_transport;
    QString m_sid;
};
