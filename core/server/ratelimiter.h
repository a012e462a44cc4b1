// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// A sliding window per client key (PROTOCOL.md §2.6): at most `limit` accepted requests in any `windowSec`.
// Rejected requests do not count. Measured on the monotonic clock.
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, int limit, int windowSec);

    // Counts the request and returns nullopt, or returns the whole seconds (>= 1) until one would be
    // accepted.
    std::optional<int> tryAcquire(const QString &clientKey);

    int limit() const { return m_limit; }
    int windowSec() const { return m_windowSec; }

private:
    void forgetIdleClients(qint64 now);

    int m_limit;
    int m_windowSec;
    const Clock &m_clock;
    QHash<QString, QList<qint64>> m_accepted; // per key: times of accepted requests, oldest first
    qint64 m_lastSweep = 0;
};
