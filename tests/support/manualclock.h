// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nfc/clock.h"

// A Clock that only moves when the test says so.
class ManualClock : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 1000000;
};
