// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QElapsedTimer>

// The production Clock: QElapsedTimer (CLOCK_MONOTONIC) for durations, the system's UTC time for dates.
class SystemClock : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_timer;
};
