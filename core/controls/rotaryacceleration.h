// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Turns detents into volume steps: a slow turn moves one step per detent, a fast spin several, so a child's
// quick twist changes the volume noticeably while a careful turn stays precise. A change of direction
// always starts again at one step. Pure: the caller passes monotonic timestamps.
class RotaryAcceleration
{
public:
    struct Config
    {
        int fastMs = 40; // detents closer than this: fastSteps
        int mediumMs = 90; // closer than this: mediumSteps
        int fastSteps = 3;
        int mediumSteps = 2;
    };

    RotaryAcceleration();
    explicit RotaryAcceleration(Config config);

    // direction: +1 / -1; returns the signed number of steps for this detent.
    int steps(int direction, qint64 nowMs);

private:
    Config m_config;
    int m_lastDirection = 0;
    qint64 m_lastMs = 0;
};
