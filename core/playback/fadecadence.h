// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// How often a timed fade (the sleep timer's, the parents' rules') takes a step: about 1 % of the fade each
// time, at least every 50 ms and no more often than every 10 ms. Even a tick that comes twice as late then
// moves the volume by at most 2 %, and the output's 30 ms ramp smooths each step (PROTOCOL.md §7.3 "Fades").
namespace FadeCadence {
constexpr int fastestMs = 10;
constexpr int slowestMs = 50;

constexpr int stepMs(int fadeMs)
{
    return qBound(fastestMs, fadeMs / 100, slowestMs);
}
} // namespace FadeCadence
