// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

RateLimiter::RateLimiter(const Clock &clock, int limit, int windowSec)
    : m_limit(limit)
    , m_windowSec(windowSec)
    , m_clock(clock)
{ }

std::optional<int> RateLimiter::tryAcquire(const QString &clientKey)
{
    const qint64 now = m_clock.nowMs();
    const qint64 windowMs = qint64(m_windowSec) * 1000;
    forgetIdleClients(now);
    QList<qint64> &times = m_accepted[clientKey];
    while (!times.isEmpty() && times.constFirst() <= now - windowMs)
        times.removeFirst();
    if (times.size() < m_limit) {
        times.append(now);
        return std::nullopt;
    }
    const qint64 waitMs = times.constFirst() + windowMs - now;
    return qMax(1, int(std::ceil(double(waitMs) / 1000.0)));
}

void RateLimiter::forgetIdleClients(qint64 now)
{
    // Without this, every client ever seen would keep a (small) entry forever.
    const qint64 windowMs = qint64(m_windowSec) * 1000;
    if (now - m_lastSweep < windowMs)
        return;
    m_lastSweep = now;
    for (auto it = m_accepted.begin(); it != m_accepted.end();) {
        if (it->isEmpty() || it->constLast() <= now - windowMs)
            it = m_accepted.erase(it);
        else
            ++it;
    }
}
