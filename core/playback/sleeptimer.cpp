// SPDX-License-Identifier: GPL-3.0-or-later
#include "sleeptimer.h"

#include "fadecadence.h"
#include "playbackcontroller.h"
#include "system/logging.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

SleepTimer::SleepTimer(const Config &config, PlaybackController &player, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_player(player)
    , m_clock(clock)
{
    m_ticker.setTimerType(Qt::PreciseTimer); // a coarse timer may be 5 % late: a larger step
    m_ticker.setInterval(config.tickMs);
    connect(&m_ticker, &QTimer::timeout, this, &SleepTimer::tick);
}

void SleepTimer::start(int minutes)
{
    if (minutes <= 0) {
        cancel();
        return;
    }
    m_player.setOutputScale(1.0); // a replaced timer that was fading plays at full volume again
    const qint64 durationMs = qint64(qMin(minutes, maxMinutes)) * 60000;
    m_endsAtMs = m_clock.nowMs() + durationMs;
    m_endsAtUnixMs = m_clock.nowUtc().toMSecsSinceEpoch() + durationMs;
    m_ticker.start(m_config.tickMs);
    qCInfo(lcPlayer) << "sleep timer set for" << minutes << "min";
    Q_EMIT changed();
}

void SleepTimer::cancel()
{
    if (!m_endsAtMs)
        return;
    qCInfo(lcPlayer) << "sleep timer cancelled";
    finish(false);
}

qint64 SleepTimer::remainingMs() const
{
    return m_endsAtMs ? qMax<qint64>(0, *m_endsAtMs - m_clock.nowMs()) : 0;
}

QJsonValue SleepTimer::toJson() const
{
    if (!m_endsAtMs)
        return QJsonValue::Null;
    return QJsonObject {{u"ends_at"_s, m_endsAtUnixMs}, {u"remaining_ms"_s, remainingMs()}};
}

void SleepTimer::tick()
{
    if (!m_endsAtMs)
        return;
    const qint64 remaining = remainingMs();
    if (remaining <= 0) {
        qCInfo(lcPlayer) << "sleep timer ended: pausing";
        finish(true);
        return;
    }
    // One countdown tick ahead of the fade the cadence quickens, so even the fade's first step is small.
    const int fadeStepMs = FadeCadence::stepMs(m_config.fadeMs);
    if (m_config.fadeMs > 0 && remaining < m_config.fadeMs + m_config.tickMs
        && m_ticker.interval() != fadeStepMs)
        m_ticker.setInterval(fadeStepMs);
    if (remaining < m_config.fadeMs) {
        const qint64 lead = qMin<qint64>(FadeCadence::leadMs, remaining);
        m_player.setOutputScale(FadeCadence::scaleAt(remaining - lead, m_config.fadeMs), int(lead));
    }
}

void SleepTimer::finish(bool expired)
{
    m_endsAtMs.reset();
    m_ticker.stop();
    if (expired)
        m_player.pause();
    m_player.setOutputScale(1.0);
    Q_EMIT changed();
}
