// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// The one way time reaches the box's logic, injected where timing decides behaviour (tag presence,
// association timeouts, button decoding, rate limits, retried operations, upload expiry, resume-point age) so
// tests drive time by hand instead of waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds, for durations and timeouts: never jumps with NTP or a box without an RTC.
    virtual qint64 nowMs() const = 0;
    // Wall-clock time, for what is stored or shown (a resume point's age, when an upload was last touched).
    virtual QDateTime nowUtc() const = 0;
};
