// SPDX-License-Identifier: GPL-3.0-or-later
#include "chimesounds.h"

#include "library/melodysynth.h"

using namespace Qt::StringLiterals;

namespace {
// Long enough for the last note to ring, short enough that notes + tail stay under a second.
constexpr double tailSeconds = 0.35;

struct Tune
{
    QList<MelodySynth::Voice> voices;
    double beatsPerMinute;
};

// Rising for what went well, a questioning step up for a tag the box does not know, falling and low for no.
Tune tuneOf(Chime chime)
{
    switch (chime) {
    case Chime::Ready:
        return {{{u"C5:0.5 E5:0.5 G5:0.5 C6:1"_s}}, 400};
    case Chime::UnknownTag:
        return {{{u"G5:0.5 D6:1"_s}}, 300};
    case Chime::TagLinked:
        return {{{u"E5:0.5 G5:0.5 E6:1"_s}}, 360};
    case Chime::Blocked:
        return {{{u"E4:0.5 C4:1.5"_s}, {u"C3:2"_s, 0.5, 0, true}}, 300};
    }
    return {};
}
} // namespace

QList<qint16> ChimeSounds::render(Chime chime)
{
    const Tune tune = tuneOf(chime);
    QList<qint16> samples = MelodySynth::render(tune.voices, tune.beatsPerMinute, tailSeconds);
    // The tunes are written to fit; this only guards the promise if one is ever made longer.
    const qsizetype limit = qsizetype(MelodySynth::sampleRate) * maxLengthMs / 1000;
    if (samples.size() > limit)
        samples.resize(limit);
    return samples;
}

QString ChimeSounds::name(Chime chime)
{
    switch (chime) {
    case Chime::Ready:
        return u"ready"_s;
    case Chime::UnknownTag:
        return u"unknown_tag"_s;
    case Chime::TagLinked:
        return u"tag_linked"_s;
    case Chime::Blocked:
        return u"blocked"_s;
    }
    return {};
}

qint64 ChimeSounds::lengthMs(const QList<qint16> &samples)
{
    return qint64(samples.size()) * 1000 / MelodySynth::sampleRate;
}
