// SPDX-License-Identifier: GPL-3.0-or-later
#include "buttondebouncer.h"

ButtonDebouncer::ButtonDebouncer()
    : ButtonDebouncer(Config {})
{ }

ButtonDebouncer::ButtonDebouncer(Config config)
    : m_config(config)
{ }

ButtonDebouncer::Event ButtonDebouncer::feed(bool pressed, qint64 nowMs)
{
    if (pressed == m_pressed || nowMs - m_changedAtMs < m_config.debounceMs)
        return Event::None;
    return accept(pressed, nowMs);
}

ButtonDebouncer::Event ButtonDebouncer::poll(qint64 nowMs)
{
    if (m_pressed && !m_longReported && m_config.longPressMs > 0
        && nowMs - m_pressedAtMs >= m_config.longPressMs) {
        m_longReported = true;
        return Event::LongPress;
    }
    return Event::None;
}

ButtonDebouncer::Event ButtonDebouncer::sync(bool pressed, qint64 nowMs)
{
    if (pressed == m_pressed || nowMs - m_changedAtMs < m_config.debounceMs)
        return poll(nowMs);
    return accept(pressed, nowMs);
}

ButtonDebouncer::Event ButtonDebouncer::accept(bool pressed, qint64 nowMs)
{
    m_pressed = pressed;
    m_changedAtMs = nowMs;
    if (pressed) {
        m_pressedAtMs = nowMs;
        m_longReported = false;
        return Event::None;
    }
    // A release after a reported long press is not also a click.
    if (m_longReported)
        return Event::None;
    if (m_config.longPressMs > 0 && nowMs - m_pressedAtMs >= m_config.longPressMs)
        return Event::LongPress; // the long press came due between two polls
    return Event::Click;
}
