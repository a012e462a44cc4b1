// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinlockout.h"

PinLockout::PinLockout(const Config &config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
{ }

std::optional<int> PinLockout::retryAfterSec() const
{
    const qint64 left = m_closedUntil - m_clock.nowMs();
    if (left > 0)
        return int(qMax<qint64>(1, (left + 999) / 1000));
    if (failuresLeft() <= 0)
        return 1; // the guesses under way decide; they take well under a second
    return std::nullopt;
}

bool PinLockout::begin()
{
    if (retryAfterSec())
        return false;
    ++m_underWay;
    return true;
}

void PinLockout::succeeded()
{
    m_underWay = qMax(0, m_underWay - 1);
    m_failures.clear();
}

void PinLockout::failed()
{
    m_underWay = qMax(0, m_underWay - 1);
    forgetOld();
    const qint64 now = m_clock.nowMs();
    m_failures.append(now);
    if (m_failures.size() >= m_config.maxFailures) {
        m_closedUntil = now + m_config.lockoutMs;
        m_failures.clear(); // after the pause, a fresh count
    }
}

void PinLockout::abandoned()
{
    m_underWay = qMax(0, m_underWay - 1);
}

int PinLockout::failuresLeft() const
{
    if (m_closedUntil > m_clock.nowMs())
        return 0;
    forgetOld();
    return int(m_config.maxFailures - m_failures.size() - m_underWay);
}

void PinLockout::forgetOld() const
{
    const qint64 oldest = m_clock.nowMs() - m_config.windowMs;
    while (!m_failures.isEmpty() && m_failures.first() <= oldest)
        m_failures.removeFirst();
}
