// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumecurve.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// The exponent of Stevens' power law for loudness against sound pressure.
constexpr double loudnessExponent = 0.6;
} // namespace

double VolumeCurve::gain(double volume)
{
    const double fraction = std::clamp(volume, 0.0, 100.0) / 100.0;
    return std::pow(fraction, 1.0 / loudnessExponent);
}

double VolumeCurve::decibels(double volume)
{
    const double linear = gain(volume);
    if (linear <= 0.0)
        return -std::numeric_limits<double>::infinity();
    return 20.0 * std::log10(linear);
}
