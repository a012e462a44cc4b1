// SPDX-License-Identifier: GPL-3.0-or-later
#include "fadewaiter.h"

#include "system/logging.h"

namespace {
constexpr int checkIntervalMs = 5;
} // namespace

FadeWaiter::FadeWaiter(Sink sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FadeWaiter::check);
}

void FadeWaiter::waitThen(std::function<void()> then)
{
    m_then = std::move(then);
    if (!m_timer.isActive()) {
        m_clock.start();
        m_timer.start();
    }
}

void FadeWaiter::cancel()
{
    m_timer.stop();
    m_then = nullptr;
}

void FadeWaiter::check()
{
    const qint64 fadeEndNs = m_sink.fadeEndNs();
    const std::optional<qint64> heardNs = fadeEndNs >= 0 ? m_sink.positionNs() : std::nullopt;
    const bool heard = heardNs && *heardNs >= fadeEndNs + m_sink.bufferNs;
    if (!heard && m_clock.elapsed() < m_sink.limitMs)
        return;
    if (!heard)
        qCDebug(lcPlayer) << "fade not confirmed by the sink after" << m_clock.elapsed() << "ms";
    m_timer.stop();
    if (auto then = std::exchange(m_then, nullptr))
        then();
}
