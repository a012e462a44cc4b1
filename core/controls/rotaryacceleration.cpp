// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotaryacceleration.h"

RotaryAcceleration::RotaryAcceleration()
    : RotaryAcceleration(Config {})
{ }

RotaryAcceleration::RotaryAcceleration(Config config)
    : m_config(config)
{ }

int RotaryAcceleration::steps(int direction, qint64 nowMs)
{
    if (direction == 0)
        return 0;
    int magnitude = 1;
    if (direction == m_lastDirection) {
        const qint64 interval = nowMs - m_lastMs;
        if (interval < m_config.fastMs)
            magnitude = m_config.fastSteps;
        else if (interval < m_config.mediumMs)
            magnitude = m_config.mediumSteps;
    }
    m_lastDirection = direction;
    m_lastMs = nowMs;
    return direction > 0 ? magnitude : -magnitude;
}
