// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QList>

#include <optional>

// How many PIN guesses the box takes (PROTOCOL.md §4.10): `maxFailures` wrong ones within `windowMs` close it
// for `lockoutMs`. Guesses still being checked count against the limit too, so guesses sent side by side
// cannot outrun the count while their keys are derived. One count for the whole box: a child on a second
// device gets no fresh five.
class PinLockout
{
public:
    struct Config
    {
        int maxFailures = 5;
        qint64 windowMs = 60 * 1000;
        qint64 lockoutMs = 60 * 1000;
    };

    PinLockout(const Config &config, const Clock &clock);

    // Whole seconds (>= 1) until a guess is taken again, or nullopt when one may be made now (1 while the
    // guesses under way would reach the limit).
    std::optional<int> retryAfterSec() const;
    // A guess is made and is being checked. Returns false (and counts nothing) when it may not be made now.
    bool begin();
    // A guess begun earlier was right: the count starts again.
    void succeeded();
    // A guess begun earlier was wrong; the one that reaches the limit closes the box to guesses.
    void failed();
    // A guess begun earlier could not be checked (the PIN changed meanwhile): it counts neither way.
    void abandoned();
    int failuresLeft() const;

    const Config &config() const { return m_config; }

private:
    void forgetOld() const;

    Config m_config;
    const Clock &m_clock;
    mutable QList<qint64> m_failures; // monotonic ms, oldest first
    int m_underWay = 0;
    qint64 m_closedUntil = 0;
};
