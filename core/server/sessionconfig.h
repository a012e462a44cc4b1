// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "realtime/sendqueue.h"

// The transport tunables every real-time connection shares (PROTOCOL.md §7: EIO_*, CLIENT_*, OUTBOX_*).
struct SessionConfig
{
    int pingIntervalMs = 25000;
    int pingTimeoutMs = 20000;
    int maxPayload = 1000000;
    int clientTimeoutSec = 60;
    SendQueue::Limits send;
};
