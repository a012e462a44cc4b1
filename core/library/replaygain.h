// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

// ReplayGain arithmetic (PROTOCOL.md §7.3 "Loudness"): a track's gain brings it to the 89 dB reference; a
// playlist's gain brings the playlist's energy-mean loudness there, so its tracks keep their relative levels.
// A gain is never applied beyond what the peak allows, so normalisation cannot clip.
class ReplayGain
{
public:
    struct Measure
    {
        double gainDb = 0.0;
        double peak = 1.0; // largest sample, 1.0 = full scale
    };

    // The gain that brings all of `tracks` together to the reference; peak = the largest.
    static Measure playlist(const QList<Measure> &tracks);
    // `measure.gainDb`, lowered so that peak × gain stays at or below full scale.
    static double clipSafeGainDb(const Measure &measure);
};

Q_DECLARE_METATYPE(ReplayGain::Measure)
