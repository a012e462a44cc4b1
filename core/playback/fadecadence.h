// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// How a timed fade (the sleep timer's, the parents' rules') moves the output: a step about every 1 % of the
// fade, at least every 50 ms and no more often than every 10 ms, each one gliding (AudioBackend glideVolume)
// towards where the fade will be leadMs later, at the fade's slope (PROTOCOL.md §7.3 "Fades").
namespace FadeCadence {
constexpr int fastestMs = 10;
constexpr int slowestMs = 50;

// Each step aims the output at where the fade will be this far ahead and glides there at the fade's own
// slope, so the level keeps falling smoothly even when the event loop is held up for a moment between ticks.
constexpr int leadMs = 250;

constexpr int stepMs(int fadeMs)
{
    return qBound(fastestMs, fadeMs / 100, slowestMs);
}

// The fade's scale (1 -> 0) with `remainingMs` of a `fadeMs` fade left.
constexpr double scaleAt(qint64 remainingMs, int fadeMs)
{
    return fadeMs > 0 ? qBound(0.0, double(remainingMs) / double(fadeMs), 1.0) : 0.0;
}
} // namespace FadeCadence
