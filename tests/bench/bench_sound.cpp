// SPDX-License-Identifier: GPL-3.0-or-later
// What a listener hears, recorded at a real sound server (a private PulseAudio null sink, from its monitor),
// through the box's default backend (GstAudioBackend):
//   - pause-to-silence: from pause() to the first silent sample arriving from the sink (goal < 150 ms), and
//     the length of the fade itself (the tests require >= 9 ms), for a WAV and for an MP3 (whose decoder
//     hands over its samples in batches);
//   - the silence between consecutive tracks (goal < 50 ms);
//   - the loudness spread of four files 0, 6, 12 and 20 dB apart, as played with normalisation (goal <= 3
//   dB).
// Times read at the recorder include its own 5 ms capture latency.

#include "audiofixtures.h"
#include "library/loudnessanalyzer.h"
#include "library/replaygain.h"
#include "percentile.h"
#include "playback/gstaudiobackend.h"
#include "pulseaudioserver.h"
#include "signalanalysis.h"
#include "soundrecorder.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace SignalAnalysis;

namespace {
constexpr qint64 framesPerMs = SoundRecorder::sampleRate / 1000;
constexpr int waitMs = 10000;

class SoundBench
{
public:
    bool setUp()
    {
        QString error;
        if (!m_dir.isValid() || !m_server.start(&error)) {
            std::fprintf(stderr, "bench_sound: no sound server: %s\n", qPrintable(error));
            return false;
        }
        qputenv("PULSE_SERVER", m_server.address().toUtf8());
        m_recorder = std::make_unique<SoundRecorder>(m_server.address());
        m_backend = std::make_unique<GstAudioBackend>(
            QString(), [this](const QString &file) { return m_gainsDb.value(file, 0.0); });
        m_backend->setVolume(1.0);
        if (!m_recorder->start(&error)) {
            std::fprintf(stderr, "bench_sound: %s\n", qPrintable(error));
            return false;
        }
        return true;
    }

    QString tone(const QString &name, int durationMs, double amplitude = 0.5)
    {
        const QString path = m_dir.filePath(name + u".wav"_s);
        if (!QFile::exists(path))
            AudioFixtures::writeSineWav(path, durationMs, 440, amplitude);
        return path;
    }

    // Starts `file` and returns the frame where it was first heard, once 250 ms of it were recorded.
    std::optional<qint64> playHeard(const QString &file)
    {
        const qint64 before = m_recorder->size();
        m_backend->playFile(file, 0);
        return waitHeard(before, 250);
    }

    std::optional<qint64> waitHeard(qint64 from, int thenMs)
    {
        std::optional<qint64> start;
        if (!QTest::qWaitFor([&] { return (start = firstWindowAbove(samples(), from, 1000)).has_value(); },
                             waitMs)
            || !waitFrames(*start + thenMs * framesPerMs))
            return std::nullopt;
        return start;
    }

    bool waitFrames(qint64 frames)
    {
        return QTest::qWaitFor([&] { return m_recorder->size() >= frames; }, waitMs);
    }

    const Samples &samples() const { return m_recorder->samples(); }

    // Stops what plays and waits until the sink has been quiet for 50 ms, so the next round starts from
    // silence.
    bool stopQuietly()
    {
        m_backend->stop();
        return QTest::qWaitFor(
            [&] {
                const qint64 end = m_recorder->size();
                return end > 50 * framesPerMs && peak(samples(), end - 50 * framesPerMs, end) < 100;
            },
            waitMs);
    }

    // A 5 s tone as an MP3; empty when sox cannot write one.
    QString mp3Tone()
    {
        const QString path = m_dir.filePath(u"mp3tone.mp3"_s);
        return QFile::exists(path) ? path : AudioFixtures::make(m_dir.path(), u"mp3tone"_s, u"mp3"_s, 5000);
    }

    // Pauses a steady tone; returns {pause-to-silence ms, fade ms}.
    std::optional<std::pair<double, double>> pauseOnce(const QString &file)
    {
        if (!stopQuietly())
            return std::nullopt;
        const std::optional<qint64> start = playHeard(file);
        if (!start)
            return std::nullopt;
        const qint64 steadyFrom = *start + 50 * framesPerMs;
        const int steady = peak(samples(), steadyFrom, steadyFrom + 200 * framesPerMs);
        const qint64 pausedAtMs = m_recorder->elapsedMs();
        m_backend->pause();
        std::optional<Decay> decay;
        if (!QTest::qWaitFor([&] { return (decay = findDecay(samples(), steadyFrom, steady)).has_value(); },
                             waitMs))
            return std::nullopt;
        return std::pair {double(m_recorder->arrivalMs(decay->end) - pausedAtMs),
                          double(decay->end - decay->start) / framesPerMs};
    }

    // Two files joined through prepareNext; returns the longest silence between them in ms.
    std::optional<double> joinOnce(int round)
    {
        if (!stopQuietly())
            return std::nullopt;
        QSignalSpy followed(m_backend.get(), &AudioBackend::nextFileStarted);
        const qint64 before = m_recorder->size();
        m_backend->playFile(tone(u"first"_s, 600), 0);
        m_backend->prepareNext(tone(u"second%1"_s.arg(round), 600));
        const std::optional<qint64> start = waitHeard(before, 1100);
        if (!start || (followed.isEmpty() && !followed.wait(waitMs)))
            return std::nullopt;
        const qint64 steadyFrom = *start + 50 * framesPerMs;
        const int steady = peak(samples(), steadyFrom, steadyFrom + 200 * framesPerMs);
        return double(longestRunBelow(samples(), steadyFrom, *start + 1100 * framesPerMs, 0.1 * steady))
            / framesPerMs;
    }

    // Plays files that are 0, 6, 12 and 20 dB apart with their measured gains; returns the heard levels in
    // dB.
    std::optional<QList<double>> heardLevels()
    {
        LoudnessAnalyzer analyzer;
        QSignalSpy measured(&analyzer, &LoudnessAnalyzer::measured);
        QList<double> levels;
        for (const double attenuationDb : {0.0, 6.0, 12.0, 20.0}) {
            const QString file
                = tone(u"level%1"_s.arg(attenuationDb), 2000, 0.5 * std::pow(10, -attenuationDb / 20));
            measured.clear();
            if (!analyzer.analyze(file) || !QTest::qWaitFor([&] { return !measured.isEmpty(); }, waitMs))
                return std::nullopt;
            m_gainsDb.insert(file,
                             ReplayGain::clipSafeGainDb(measured.first().at(1).value<ReplayGain::Measure>()));
            if (!stopQuietly())
                return std::nullopt;
            const std::optional<qint64> start = playHeard(file);
            if (!start)
                return std::nullopt;
            levels.append(
                decibels(rms(samples(), *start + 50 * framesPerMs, *start + 250 * framesPerMs) / 32767));
        }
        return levels;
    }

private:
    QTemporaryDir m_dir;
    PulseAudioServer m_server;
    QHash<QString, double> m_gainsDb;
    std::unique_ptr<SoundRecorder> m_recorder;
    std::unique_ptr<GstAudioBackend> m_backend;
};

void printFigures(const char *what, const QList<double> &values, double goal)
{
    std::printf("%s over %d rounds: p50 %.1f ms  p90 %.1f ms  max %.1f ms  (goal < %.0f ms: %s)\n", what,
                int(values.size()), percentile(values, 50), percentile(values, 90), percentile(values, 100),
                goal, percentile(values, 100) < goal ? "met" : "NOT met");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omb.*.info=false"_s);
    SoundBench bench;
    if (!bench.setUp())
        return 1;

    const QString mp3 = bench.mp3Tone();
    if (mp3.isEmpty()) {
        std::fprintf(stderr, "bench_sound: sox cannot write MP3 (install libsox-fmt-mp3)\n");
        return 1;
    }
    const QList<std::pair<const char *, QString>> pauseFiles {{"WAV", bench.tone(u"tone"_s, 5000)},
                                                              {"MP3", mp3}};
    for (const auto &[format, file] : pauseFiles) {
        QList<double> toSilence;
        QList<double> fades;
        for (int i = 0; i < 20; ++i) {
            const auto pause = bench.pauseOnce(file);
            if (!pause) {
                std::fprintf(stderr, "bench_sound: %s pause %d was never heard as silence\n", format, i);
                return 1;
            }
            toSilence.append(pause->first);
            fades.append(pause->second);
        }
        printFigures(qPrintable(u"pause-to-silence at the sink, %1"_s.arg(QLatin1StringView(format))),
                     toSilence, 150);
        std::printf("  the fade itself: p50 %.1f ms, shortest %.1f ms (tests require >= 9 ms)\n",
                    percentile(fades, 50), *std::min_element(fades.begin(), fades.end()));
    }

    QList<double> gaps;
    for (int i = 0; i < 10; ++i) {
        const auto gap = bench.joinOnce(i);
        if (!gap) {
            // omb.player's debug line says why: a file this short can be read whole before prepareNext
            // arrives, and then nothing is queued to join.
            std::fprintf(stderr, "bench_sound: join %d did not play both files (the second was not joined)\n",
                         i);
            return 1;
        }
        gaps.append(*gap);
    }
    printFigures("silence between consecutive tracks", gaps, 50);

    const auto levels = bench.heardLevels();
    if (!levels) {
        std::fprintf(stderr, "bench_sound: the loudness files were not measured or not heard\n");
        return 1;
    }
    const auto [quietest, loudest] = std::minmax_element(levels->begin(), levels->end());
    std::printf("loudness of 4 files 0/6/12/20 dB apart, heard with normalisation: %.1f %.1f %.1f %.1f dBFS, "
                "spread %.1f dB (goal <= 3 dB: %s)\n",
                levels->at(0), levels->at(1), levels->at(2), levels->at(3), *loudest - *quietest,
                *loudest - *quietest <= 3.0 ? "met" : "NOT met");
    return 0;
}
