// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalanalysis.h"

#include <cmath>
#include <cstdlib>

namespace SignalAnalysis {

double rms(const Samples &samples, qint64 from, qint64 to)
{
    to = std::min<qint64>(to, qint64(samples.size()));
    if (from >= to)
        return 0.0;
    double sum = 0.0;
    for (qint64 i = from; i < to; ++i)
        sum += double(samples[i]) * samples[i];
    return std::sqrt(sum / double(to - from));
}

int peak(const Samples &samples, qint64 from, qint64 to)
{
    to = std::min<qint64>(to, qint64(samples.size()));
    int largest = 0;
    for (qint64 i = std::max<qint64>(from, 0); i < to; ++i)
        largest = std::max(largest, std::abs(int(samples[i])));
    return largest;
}

double decibels(double ratio)
{
    return 20.0 * std::log10(ratio);
}

double frequency(const Samples &samples, qint64 from, qint64 to, int sampleRate)
{
    to = std::min<qint64>(to, qint64(samples.size()));
    qint64 first = -1;
    qint64 last = -1;
    int crossings = 0;
    for (qint64 i = from + 1; i < to; ++i) {
        if (samples[i - 1] < 0 && samples[i] >= 0) {
            if (first < 0)
                first = i;
            last = i;
            ++crossings;
        }
    }
    if (crossings < 2)
        return 0.0;
    return double(crossings - 1) * sampleRate / double(last - first);
}

int largestStep(const Samples &samples, qint64 from, qint64 to)
{
    to = std::min<qint64>(to, qint64(samples.size()));
    int largest = 0;
    for (qint64 i = std::max<qint64>(from, 1); i < to; ++i)
        largest = std::max(largest, std::abs(int(samples[i]) - int(samples[i - 1])));
    return largest;
}

std::optional<qint64> firstWindowAbove(const Samples &samples, qint64 from, double level)
{
    for (qint64 w = from; w + windowFrames <= qint64(samples.size()); w += windowFrames) {
        if (peak(samples, w, w + windowFrames) >= level)
            return w;
    }
    return std::nullopt;
}

std::optional<qint64> firstWindowBelow(const Samples &samples, qint64 from, double level)
{
    for (qint64 w = from; w + windowFrames <= qint64(samples.size()); w += windowFrames) {
        if (peak(samples, w, w + windowFrames) < level)
            return w;
    }
    return std::nullopt;
}

qint64 longestRunBelow(const Samples &samples, qint64 from, qint64 to, double level)
{
    qint64 longest = 0;
    qint64 run = 0;
    for (qint64 w = from; w + windowFrames <= std::min<qint64>(to, qint64(samples.size()));
         w += windowFrames) {
        run = peak(samples, w, w + windowFrames) < level ? run + windowFrames : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

std::optional<Decay> findDecay(const Samples &samples, qint64 from, double steady)
{
    const std::optional<qint64> silent = firstWindowBelow(samples, from, 0.02 * steady);
    if (!silent)
        return std::nullopt;
    for (qint64 w = *silent - windowFrames; w >= from; w -= windowFrames) {
        if (peak(samples, w, w + windowFrames) >= 0.9 * steady)
            return Decay {w + windowFrames, *silent};
    }
    return std::nullopt;
}

} // namespace SignalAnalysis
