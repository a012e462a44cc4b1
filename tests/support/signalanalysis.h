// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

// Measurements on a recorded signal (16-bit mono): its level, the tone's frequency, the largest step between
// neighbouring samples, where sound starts, decays and pauses. Frames are sample indexes. The envelope is the
// peak of 3 ms windows: longer than one period of the 440 Hz test tone, so it is steady on a steady tone.
namespace SignalAnalysis {
constexpr int windowFrames = 132; // 3 ms at 44.1 kHz

using Samples = std::vector<qint16>;

double rms(const Samples &samples, qint64 from, qint64 to);
int peak(const Samples &samples, qint64 from, qint64 to);
double decibels(double ratio);
double frequency(const Samples &samples, qint64 from, qint64 to, int sampleRate);
int largestStep(const Samples &samples, qint64 from, qint64 to);
// The first window at or after `from` whose peak reaches (stays under) `level`.
std::optional<qint64> firstWindowAbove(const Samples &samples, qint64 from, double level);
std::optional<qint64> firstWindowBelow(const Samples &samples, qint64 from, double level);
// The longest run of windows with a peak under `level` between `from` and `to`, in frames.
qint64 longestRunBelow(const Samples &samples, qint64 from, qint64 to, double level);

// A fall from a steady level to silence: `start` is the last window at >= 90% of `steady`, `end` the first
// window after it at <= 2%.
struct Decay
{
    qint64 start = 0;
    qint64 end = 0;
};
std::optional<Decay> findDecay(const Samples &samples, qint64 from, double steady);
} // namespace SignalAnalysis
