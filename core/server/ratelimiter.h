// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// A sliding window per client key (PROTOCOL.md §2.6): at most `limit` accepted requests in any `windowSec`.
// Rejected requests do not count. Uses a monotonic clock, injectable for tests.
class RateLimiter
{
public:
    RateLimiter(int limit, int windowSec);

    // Counts the request and returns nullopt, or returns the whole seconds (>= 1) until one would be
    // accepted.
    std::optional<int> tryAcquire(const QString &clientKey);

    int limit() const { return m_limit; }
    int windowSec() const { return m_windowSec; }
    void setClock(std::function<qint64()> monotonicMs);

private:
    void forgetIdleClients(qint64 now);

    int m_limit;
    int m_windowSec;
    std::function<qint64()> m_now;
    QHash<QString, QList<qint64>> m_accepted; // per key: times of accepted requests, oldest first
    qint64 m_lastSweep = 0;
};
