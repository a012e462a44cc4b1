// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

// The effective volume range (PROTOCOL.md §6.1 "Volume"): VOLUME_MIN up to the smallest of VOLUME_MAX, the
// loaded playlist's max_volume and the parental rules' cap (quiet hours). A cap below VOLUME_MIN gives
// VOLUME_MIN: the range is never empty. Pure arithmetic, so every combination is a row of a test table.
class VolumeLimits
{
public:
    VolumeLimits(int configuredMin, int configuredMax);

    void setPlaylistMax(std::optional<int> max) { m_playlistMax = max; }
    void setRuleCap(std::optional<int> cap) { m_ruleCap = cap; }

    int minimum() const { return m_min; }
    int maximum() const;
    int clamp(int volume) const;

private:
    int m_min;
    int m_max;
    std::optional<int> m_playlistMax;
    std::optional<int> m_ruleCap;
};
