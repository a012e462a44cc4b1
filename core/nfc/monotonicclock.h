// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QElapsedTimer>

// The production Clock: QElapsedTimer (CLOCK_MONOTONIC), never wall-clock time, so NTP jumps and a box
// that boots without a real-time clock change nothing.
class MonotonicClock : public Clock
{
public:
    MonotonicClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};
