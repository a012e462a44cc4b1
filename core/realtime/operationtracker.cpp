// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationtracker.h"

OperationTracker::OperationTracker(const Clock &clock, int windowSec, int maxEntries)
    : m_windowMs(windowSec * 1000)
    , m_maxEntries(maxEntries)
    , m_clock(clock)
{ }

void OperationTracker::expire()
{
    const qint64 now = m_clock.nowMs();
    while (!m_order.empty()
           && (now - m_order.front().first >= m_windowMs || int(m_order.size()) > m_maxEntries)) {
        const auto &[time, id] = m_order.front();
        auto it = m_entries.find(id);
        if (it != m_entries.end() && it->first == time)
            m_entries.erase(it);
        m_order.pop_front();
    }
}

OperationTracker::Lookup OperationTracker::lookup(const QString &clientOpId, const QString &fingerprint,
                                                  Stored *stored)
{
    expire();
    const auto it = m_entries.constFind(clientOpId);
    if (it == m_entries.cend())
        return Lookup::Unknown;
    if (it->second.fingerprint != fingerprint)
        return Lookup::Conflict;
    if (stored)
        *stored = it->second;
    return Lookup::Replay;
}

bool OperationTracker::remember(const QString &clientOpId, Stored result)
{
    if (clientOpId.isEmpty() || result.status >= 500 || result.status == 429)
        return false;
    const qint64 now = m_clock.nowMs();
    m_entries.insert(clientOpId, {now, std::move(result)});
    m_order.emplace_back(now, clientOpId);
    expire();
    return true;
}

int OperationTracker::size()
{
    expire();
    return int(m_entries.size());
}
