// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the user's volume 0-100 maps to the output gain: the one place that decides it (PROTOCOL.md §7.3
// "Volume curve"). Perceived loudness grows with amplitude^0.6 (Stevens' power law, ~10 dB per doubling), so
// for loudness to follow the number the gain is (volume/100)^(1/0.6): 50 is half as loud as 100 (-10 dB),
// 20 a fifth (-23.3 dB), 0 is silence. Limits and fades that work on the 0-100 scale therefore mean what
// they say.
class VolumeCurve
{
public:
    // Linear amplitude factor 0..1 for a volume 0..100 (clamped).
    static double gain(double volume);
    // The same in decibels; -infinity at 0.
    static double decibels(double volume);
};
