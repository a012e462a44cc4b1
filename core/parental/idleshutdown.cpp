// SPDX-License-Identifier: GPL-3.0-or-later
#include "idleshutdown.h"

#include "common/clock.h"
#include "system/logging.h"
#include "system/shutdowncommand.h"

#include <limits>

IdleShutdown::IdleShutdown(const Config &config, ShutdownCommand &command, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_command(command)
    , m_clock(clock)
    , m_lastActivityMs(clock.nowMs())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleShutdown::evaluate);
}

void IdleShutdown::setIdleMinutes(int minutes)
{
    minutes = qMax(0, minutes);
    if (minutes == m_minutes)
        return;
    m_minutes = minutes;
    if (minutes > 0)
        qCInfo(lcApp) << "idle shutdown after" << minutes << "min without activity";
    else
        qCInfo(lcApp) << "idle shutdown off";
    // Someone changed it: the new value counts from now, so a shorter one never turns the box off unwarned.
    noteActivity();
}

void IdleShutdown::noteActivity()
{
    m_lastActivityMs = m_clock.nowMs();
    cancelPending();
    evaluate();
}

void IdleShutdown::playerChanged(bool playing)
{
    m_playing = playing;
    noteActivity();
}

void IdleShutdown::evaluate()
{
    m_timer.stop();
    if (!isArmed())
        return;
    const qint64 now = m_clock.nowMs();
    qint64 shutdownAt = m_lastActivityMs + m_minutes * m_config.minuteMs;
    if (now >= shutdownAt && !m_pending) {
        // The loop woke after the time was already up (a stalled box): nobody was warned, so the warning
        // comes now with its full lead.
        shutdownAt = now + m_config.warningMs;
        m_lastActivityMs = shutdownAt - m_minutes * m_config.minuteMs;
    }
    if (now >= shutdownAt) {
        qCInfo(lcApp) << "idle shutdown: no activity for" << m_minutes << "min, turning the box off";
        const bool warned = m_pending;
        m_pending = false;
        // If the box is still on (the command failed or did not power off), the countdown starts again.
        m_lastActivityMs = now;
        if (!m_command.run() && warned)
            Q_EMIT shutdownCancelled();
        evaluate();
        return;
    }
    const qint64 warnAt = shutdownAt - m_config.warningMs;
    if (now >= warnAt && !m_pending) {
        m_pending = true;
        qCInfo(lcApp) << "idle shutdown in" << (shutdownAt - now) / 1000 << "s";
        Q_EMIT shutdownPending(shutdownAt - now);
    }
    m_timer.start(
        int(qMin<qint64>((m_pending ? shutdownAt : warnAt) - now, std::numeric_limits<int>::max())));
}

void IdleShutdown::cancelPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    qCInfo(lcApp) << "idle shutdown called off";
    Q_EMIT shutdownCancelled();
}
