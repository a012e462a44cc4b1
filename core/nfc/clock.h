// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// A monotonic millisecond clock, injected where timing decides behaviour (tag presence, association
// timeouts, button and encoder decoding) so tests can drive time by hand instead of waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};
