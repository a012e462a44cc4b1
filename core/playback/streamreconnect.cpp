// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamreconnect.h"

#include <limits>

StreamReconnect::StreamReconnect(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT attemptDue(m_attempts); });
}

std::optional<int> StreamReconnect::delayBefore(const Config &config, int attempt)
{
    if (attempt < 1 || attempt > config.attempts)
        return std::nullopt;
    const qint64 delay = qint64(config.firstDelayMs) << qMin(attempt - 1, 20);
    return int(qMin<qint64>(delay, std::numeric_limits<int>::max()));
}

bool StreamReconnect::schedule()
{
    const std::optional<int> delay = delayBefore(m_config, m_attempts + 1);
    if (!delay)
        return false;
    ++m_attempts;
    m_timer.start(*delay);
    return true;
}

void StreamReconnect::reset()
{
    m_timer.stop();
    m_attempts = 0;
}
