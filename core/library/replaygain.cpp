// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaygain.h"

#include <algorithm>
#include <cmath>

ReplayGain::Measure ReplayGain::playlist(const QList<Measure> &tracks)
{
    if (tracks.isEmpty())
        return {};
    // Loudness relative to the reference is -gain: average the tracks' power, not their decibels.
    double power = 0.0;
    double peak = 0.0;
    for (const Measure &track : tracks) {
        power += std::pow(10.0, -track.gainDb / 10.0);
        peak = std::max(peak, track.peak);
    }
    return {-10.0 * std::log10(power / double(tracks.size())), peak};
}

double ReplayGain::clipSafeGainDb(const Measure &measure)
{
    if (measure.peak <= 0.0)
        return measure.gainDb;
    const double headroomDb = -20.0 * std::log10(measure.peak);
    return std::min(measure.gainDb, headroomDb);
}
