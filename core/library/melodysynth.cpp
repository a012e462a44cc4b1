// SPDX-License-Identifier: GPL-3.0-or-later
#include "melodysynth.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

struct Note
{
    double frequency = 0;
    double startSeconds = 0;
    double lengthSeconds = 0;
};

QList<Note> parse(const MelodySynth::Voice &voice, double secondsPerBeat)
{
    QList<Note> notes;
    double beat = voice.startBeat;
    for (const QStringView token : QStringView(voice.notes).split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = token.indexOf(u':');
        const double beats = colon > 0 ? token.mid(colon + 1).toDouble() : 1.0;
        const double frequency = MelodySynth::frequency(colon > 0 ? token.left(colon) : token);
        if (frequency > 0)
            notes.append({frequency, beat * secondsPerBeat, beats * secondsPerBeat});
        beat += beats;
    }
    return notes;
}

} // namespace

double MelodySynth::frequency(QStringView note)
{
    static constexpr int semitoneOfLetter[] = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G from C
    if (note.size() < 2)
        return 0;
    const char16_t letter = QChar(note.front()).toUpper().unicode();
    if (letter < u'A' || letter > u'G')
        return 0;
    int semitone = semitoneOfLetter[letter - u'A'];
    QStringView rest = note.mid(1);
    if (rest.front() == u'#') {
        ++semitone;
        rest = rest.mid(1);
    } else if (rest.front() == u'b') {
        --semitone;
        rest = rest.mid(1);
    }
    bool ok = false;
    const int octave = rest.toInt(&ok);
    if (!ok || octave < 0 || octave > 8)
        return 0;
    const int midi = 12 * (octave + 1) + semitone;
    return 440.0 * std::pow(2.0, (midi - 69) / 12.0);
}

QList<qint16> MelodySynth::render(const QList<Voice> &voices, double beatsPerMinute, double tailSeconds)
{
    const double secondsPerBeat = 60.0 / beatsPerMinute;
    double endSeconds = 0;
    QList<QList<Note>> parsed;
    for (const Voice &voice : voices) {
        parsed.append(parse(voice, secondsPerBeat));
        for (const Note &note : parsed.last())
            endSeconds = std::max(endSeconds, note.startSeconds + note.lengthSeconds);
    }
    const qsizetype total = qsizetype((endSeconds + tailSeconds) * sampleRate);
    std::vector<double> mix(size_t(total), 0.0);

    for (qsizetype v = 0; v < voices.size(); ++v) {
        const Voice &voice = voices.at(v);
        for (const Note &note : std::as_const(parsed.at(v))) {
            const qsizetype first = qsizetype(note.startSeconds * sampleRate);
            // After its release a note is silent within 0.8 s (e^-10); rendering longer would only cost time.
            const qsizetype count
                = std::min(total - first, qsizetype((note.lengthSeconds + 0.8) * sampleRate));
            // Oscillator and envelopes advance by per-sample factors: a rotation for the sine, products for
            // the exponential decays. Far cheaper than sin()/exp() per sample, and the same sound.
            const double step = 2 * M_PI * note.frequency / sampleRate;
            const double rotateCos = std::cos(step);
            const double rotateSin = std::sin(step);
            const double attackSamples = (voice.bass ? 0.03 : 0.006) * sampleRate;
            const double ringFactor = std::exp(-1.0 / ((voice.bass ? 1.2 : 0.7) * sampleRate));
            const double releaseFactor = std::exp(-1.0 / (0.08 * sampleRate));
            const double secondFactor = std::exp(-1.0 / (0.3 * sampleRate));
            const double thirdFactor = std::exp(-1.0 / (0.15 * sampleRate));
            const qsizetype releaseAt = qsizetype(note.lengthSeconds * sampleRate);
            // Quiet overtones give the bell-like colour; they fade faster than the fundamental.
            double second = voice.bass ? 0.08 : 0.22;
            double third = voice.bass ? 0.03 : 0.07;
            double c = 1;
            double sn = 0;
            double ring = 1;
            double release = 1;
            double *out = mix.data() + first;
            for (qsizetype i = 0; i < count; ++i) {
                double level = i < attackSamples ? double(i) / attackSamples : ring;
                if (i >= attackSamples)
                    ring *= ringFactor;
                if (i > releaseAt) {
                    level *= release;
                    release *= releaseFactor;
                }
                const double tone = sn + second * 2 * sn * c + third * (3 * sn - 4 * sn * sn * sn);
                out[i] += voice.gain * level * tone;
                second *= secondFactor;
                third *= thirdFactor;
                const double nextCos = c * rotateCos - sn * rotateSin;
                sn = sn * rotateCos + c * rotateSin;
                c = nextCos;
            }
        }
    }

    double peak = 0;
    for (double sample : mix)
        peak = std::max(peak, std::abs(sample));
    const double scale = peak > 0 ? 0.5 * 32767 / peak : 0; // about -6 dBFS: soft for small ears
    const qsizetype fadeIn = sampleRate / 50;
    const qsizetype fadeOut
        = std::max<qsizetype>(1, std::min(qsizetype(sampleRate), qsizetype(tailSeconds * sampleRate)));
    QList<qint16> samples(total);
    for (qsizetype i = 0; i < total; ++i) {
        double gain = scale;
        if (i < fadeIn)
            gain *= double(i) / double(fadeIn);
        if (i > total - fadeOut)
            gain *= double(total - i) / double(fadeOut);
        samples[i] = qint16(std::lround(std::clamp(mix[size_t(i)] * gain, -32767.0, 32767.0)));
    }
    return samples;
}
