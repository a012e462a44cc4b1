// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumelimits.h"

#include <QtGlobal>

VolumeLimits::VolumeLimits(int configuredMin, int configuredMax)
    : m_min(configuredMin)
    , m_max(qMax(configuredMin, configuredMax))
{ }

int VolumeLimits::maximum() const
{
    int max = m_max;
    if (m_playlistMax)
        max = qMin(max, *m_playlistMax);
    if (m_ruleCap)
        max = qMin(max, *m_ruleCap);
    return qMax(m_min, max);
}

int VolumeLimits::clamp(int volume) const
{
    return qBound(m_min, volume, maximum());
}
