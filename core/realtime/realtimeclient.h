// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventenvelope.h"

#include <QString>

using ClientId = quint64;

// One connection as StateManager sees it: something that takes events in emission order. The transports
// (a Socket.IO session, a plain /ws session, a test fake) implement it; delivery never blocks and never
// fails synchronously — a connection that cannot keep up closes itself.
class RealtimeClient
{
public:
    virtual ~RealtimeClient() = default;

    virtual void deliver(const EventPtr &event) = 0;
    virtual EventEnvelope::Transport transport() const = 0;
    virtual QString sid() const = 0;
    // The Cookie header of the HTTP request that opened the connection (the parents' session, PROTOCOL.md
    // §4.10); empty without one.
    virtual QByteArray cookieHeader() const { return {}; }
};
