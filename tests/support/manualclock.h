// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

// A Clock that only moves when the test says so. Both readings move together: the wall clock is the
// monotonic reading taken as milliseconds since the epoch, so set() with a Unix time in ms sets both.
class ManualClock : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC); }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 1000000;
};
