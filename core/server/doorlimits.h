// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionlimiter.h"

#include <QtGlobal>

// What the front door tolerates of a connection (PROTOCOL.md §2.7: MAX_CONNECTIONS,
// MAX_CONNECTIONS_PER_ADDRESS, HTTP_HEADER_TIMEOUT_MS, and the body limit of one request).
struct DoorLimits
{
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    int headerTimeoutMs = 10000;
    ConnectionLimiter::Limits connections;
};
