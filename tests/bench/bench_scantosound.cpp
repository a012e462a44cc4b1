// SPDX-License-Identifier: GPL-3.0-or-later
// Scan-to-sound: from the PN532 simulator writing the InListPassiveTarget answer that carries a UID, through
// the real serial reader, tag presence, the tag rules and the PlaybackController, to the sound. 50 scans of
// two alternating tags, twice per backend: placed after the other tag was lifted and has gone quiet (the box
// is paused), and swapped while the other plays (its fade-out comes first). The same with the I2C reader and
// the fake I2C PN532 (the same simulated chip, its answer built when the bus thread reads it), gstreamer
// only: the I2C path adds the bus thread's status polls and one queued hop to the event loop. To:
//   - gstreamer (the default): the first audible sample recorded at a real sound server (a private PulseAudio
//     null sink), including the recorder's own 5 ms capture latency;
//   - qt (QMediaPlayer): the backend saying it plays (position past the start; what reaches the sink is not
//     known to it).
// Goal: p99 < 150 ms.

#include "common/systemclock.h"
#include "config/settings.h"
#include "fakepn532i2c.h"
#include "library/resumepointrepository.h"
#include "library/tagrepository.h"
#include "library/wavencoder.h"
#include "nfc/nfcreader.h"
#include "nfc/nfcsubsystem.h"
#include "nfc/pn532i2creader.h"
#include "nfc/pn532serialreader.h"
#include "percentile.h"
#include "playback/gstaudiobackend.h"
#include "playback/playbackcontroller.h"
#include "playback/repositoryplayerlibrary.h"
#include "playback/sleeptimer.h"
#include "playlistharness.h"
#include "pn532simulator.h"
#include "pulseaudioserver.h"
#include "qtaudio/qtaudiobackend.h"
#include "signalanalysis.h"
#include "soundrecorder.h"
#include "system/healthstatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QString addPlaylistWithTone(PlaylistHarness &lib, const QString &title, int hz)
{
    const QString id = lib.createPlaylist(title);
    const auto playlist = lib.repository().find(id);
    constexpr int rate = 44100;
    constexpr int seconds = 30;
    QList<qint16> samples(rate * seconds);
    for (int i = 0; i < samples.size(); ++i)
        samples[i] = qint16(8000 * std::sin(2 * M_PI * hz * i / rate));
    QFile file(lib.playlists().folderPath(*playlist) + u"/tone.wav"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(WavEncoder::encode(samples, rate)) < 0)
        return {};
    file.close();
    PlaylistRepository::NewTrack track;
    track.title = title;
    track.filename = u"tone.wav"_s;
    track.durationMs = seconds * 1000;
    if (!lib.repository().addTrack(id, track))
        return {};
    return id;
}

struct Figures
{
    QList<double> latencies;
    double cold = -1;
};

// How a run tells that a scan was heard: told when the reader got the tag's answer, asked until it says when
// the sound came (else -1).
struct Listener
{
    std::function<void()> answered;
    std::function<qint64()> heardAtNs;
    std::function<bool()> silent;
};

// A simulated PN532 to place tags on, on either wire. onAnswer, when set, runs on the event loop for every
// InListPassiveTarget answer carrying a UID, with the time the answer was written.
struct Chip
{
    std::function<void(const QString &hex)> place;
    std::function<void()> lift;
    std::shared_ptr<std::function<void(qint64 answerAtNs)>> onAnswer
        = std::make_shared<std::function<void(qint64)>>();
};

// Scans the two tags in turn (the simulator answers every poll while a tag lies there: only the first answer
// after a placement counts).
std::optional<Figures> scan(Chip &chip, const QStringList &tags, AudioBackend &audio,
                            const Listener &listener, bool liftBetween)
{
    constexpr int scans = 50;
    bool armed = false;
    qint64 answerAtNs = -1;
    *chip.onAnswer = [&](qint64 atNs) {
        if (!std::exchange(armed, false))
            return;
        answerAtNs = atNs;
        listener.answered();
    };
    Figures figures;
    for (int i = 0; i <= scans; ++i) {
        answerAtNs = -1;
        armed = true;
        chip.place(tags.at(i % 2));
        qint64 soundAtNs = -1;
        if (!QTest::qWaitFor([&] { return answerAtNs >= 0 && (soundAtNs = listener.heardAtNs()) >= 0; },
                             10000)) {
            std::fprintf(stderr, "bench_scantosound: scan %d never played\n", i);
            return std::nullopt;
        }
        const double ms = double(soundAtNs - answerAtNs) / 1e6;
        if (i == 0)
            figures.cold = ms; // the first scan also builds the GStreamer pipeline: reported apart
        else
            figures.latencies.append(ms);
        // Let it play a moment, as a child would listen before swapping the tag: until 150 ms of audio are
        // heard.
        if (!QTest::qWaitFor([&] { return audio.position().value_or(0) >= 150; }, 10000)) {
            std::fprintf(stderr, "bench_scantosound: scan %d stopped before 150 ms of audio\n", i);
            return std::nullopt;
        }
        if (!liftBetween)
            continue;
        chip.lift();
        if (!QTest::qWaitFor([&] { return !audio.isPlaying() && listener.silent(); }, 10000)) {
            std::fprintf(stderr, "bench_scantosound: scan %d did not pause when lifted\n", i);
            return std::nullopt;
        }
    }
    *chip.onAnswer = {};
    return figures;
}

void print(const char *wire, const char *what, bool liftBetween, const Figures &figures)
{
    const QList<double> &l = figures.latencies;
    std::printf("scan-to-sound over %d scans of 2 alternating tags, %s (PN532 %s answer written -> %s):\n",
                int(l.size()), liftBetween ? "each placed after a lift" : "swapped while playing", wire,
                what);
    std::printf(
        "  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  mean %.1f ms  (first, cold: %.1f ms)\n",
        percentile(l, 50), percentile(l, 90), percentile(l, 99), percentile(l, 100),
        std::accumulate(l.begin(), l.end(), 0.0) / double(l.size()), figures.cold);
    std::printf("  goal p99 < 150 ms: %s\n", percentile(l, 99) < 150 ? "met" : "NOT met");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The figures are the output: the box's own info lines (one per scan) would bury them.
    QLoggingCategory::setFilterRules(u"omb.*.info=false\nqt.multimedia.*.warning=false"_s);

    PlaylistHarness lib;
    Pn532Simulator simulator;
    PulseAudioServer sink;
    QString error;
    if (!lib.isValid() || !simulator.open() || !sink.start(&error)) {
        std::fprintf(stderr, "bench_scantosound: setup failed %s\n", qPrintable(error));
        return 1;
    }
    qputenv("PULSE_SERVER", sink.address().toUtf8());
    const QStringList tags {u"04a1b2c3d4e5f6"_s, u"1a2b3c4d"_s};
    const QString first = addPlaylistWithTone(lib, u"Tag A"_s, 440);
    const QString second = addPlaylistWithTone(lib, u"Tag B"_s, 660);
    if (first.isEmpty() || second.isEmpty()) {
        std::fprintf(stderr, "bench_scantosound: cannot build the library\n");
        return 1;
    }
    lib.giveTag(first, tags.at(0));
    lib.giveTag(second, tags.at(1));

    Settings settings;
    ResumePointRepository resumePoints(lib.database());
    RepositoryPlayerLibrary playerLibrary(lib.repository(), resumePoints);
    SystemClock systemClock;
    HealthStatus health;
    TagRepository tagRepository(lib.database());
    QElapsedTimer clock;
    clock.start();
    settings.nfcRemovalGraceMs = 200; // a lifted tag pauses sooner: what is measured is the next placement

    Chip serialChip {[&](const QString &hex) { simulator.placeTagHex(hex); }, [&] { simulator.liftTag(); }};
    QObject::connect(&simulator, &Pn532Simulator::targetAnswerWritten, &app,
                     [&clock, handler = serialChip.onAnswer](const QByteArray &) {
                         if (*handler)
                             (*handler)(clock.nsecsElapsed());
                     });
    const auto serialReader = [&]() -> std::unique_ptr<NfcReader> {
        return std::make_unique<Pn532SerialReader>(simulator.portPath());
    };
    FakePn532I2c i2cFake;
    Chip i2cChip {[&](const QString &hex) { i2cFake.placeTagHex(hex); }, [&] { i2cFake.liftTag(); }};
    // Called on the bus thread: the time is taken there, the handler runs on the event loop.
    i2cFake.setTargetAnswerHook([&app, &clock, handler = i2cChip.onAnswer](const QByteArray &) {
        const qint64 atNs = clock.nsecsElapsed();
        QMetaObject::invokeMethod(
            &app,
            [handler, atNs] {
                if (*handler)
                    (*handler)(atNs);
            },
            Qt::QueuedConnection);
    });
    const auto i2cReader = [&]() -> std::unique_ptr<NfcReader> {
        return std::make_unique<Pn532I2cReader>(i2cFake.device(), u"/dev/i2c-fake@0x24"_s,
                                                Pn532Reader::Timing {});
    };

    // One box per wire, backend and way of scanning, on the same library.
    const auto measure = [&](const std::function<std::unique_ptr<NfcReader>()> &makeReader, Chip &chip,
                             AudioBackend &audio, const Listener &listener, bool liftBetween) {
        PlaybackController player(PlaybackController::Config::fromSettings(settings), playerLibrary,
                                  systemClock);
        player.attachBackend(&audio);
        SleepTimer sleepTimer({}, player, systemClock);
        NfcSubsystem nfc(makeReader(), settings, lib.playlists(), player, sleepTimer, tagRepository,
                         lib.state, health, systemClock);
        nfc.start();
        std::optional<Figures> figures;
        if (QTest::qWaitFor([&] { return nfc.reader()->status().available; }, 10000))
            figures = scan(chip, tags, audio, listener, liftBetween);
        else
            std::fprintf(stderr, "bench_scantosound: the reader did not come up\n");
        chip.lift();
        nfc.stop();
        audio.stop();
        return figures;
    };

    // At the sink: the new tag's tone after the old one's fade (a silent window), in the recorder's arrivals.
    SoundRecorder recorder(sink.address());
    // parec needs a moment to connect: until its samples flow, a sample's index says nothing about its time.
    if (!recorder.start(&error)
        || !QTest::qWaitFor([&] { return recorder.size() >= SoundRecorder::sampleRate / 5; }, 10000)) {
        std::fprintf(stderr, "bench_scantosound: %s\n", qPrintable(error));
        return 1;
    }
    GstAudioBackend gstreamer(QString(), nullptr);
    qint64 scanFrom = 0;
    const qint64 recorderOffsetNs = clock.nsecsElapsed() - recorder.elapsedMs() * 1000000;
    const auto heardAtSink = [&]() -> qint64 {
        using namespace SignalAnalysis;
        const std::optional<qint64> silent = firstWindowBelow(recorder.samples(), scanFrom, 200);
        const std::optional<qint64> onset
            = silent ? firstWindowAbove(recorder.samples(), *silent, 1000) : std::nullopt;
        if (!onset || recorder.arrivalMs(*onset) < 0)
            return -1;
        return recorderOffsetNs + recorder.arrivalMs(*onset) * 1000000;
    };
    const auto quietAtSink = [&] {
        const qint64 end = recorder.size();
        return SignalAnalysis::peak(recorder.samples(), end - SoundRecorder::sampleRate / 20, end) < 200;
    };
    const Listener atSink {[&] { scanFrom = recorder.size(); }, heardAtSink, quietAtSink};

    QtAudioBackend qt(settings.audioDevice);
    qint64 startedAtNs = -1;
    QObject::connect(&qt, &AudioBackend::playbackStarted, &app, [&] { startedAtNs = clock.nsecsElapsed(); });
    const Listener atBackend {[&] { startedAtNs = -1; }, [&] { return startedAtNs; }, [] { return true; }};

    const char *atSinkText = "first audible sample at the sound server, gstreamer";
    for (const bool liftBetween : {true, false}) {
        const std::optional<Figures> heard
            = measure(serialReader, serialChip, gstreamer, atSink, liftBetween);
        const std::optional<Figures> started = measure(serialReader, serialChip, qt, atBackend, liftBetween);
        const std::optional<Figures> overI2c = measure(i2cReader, i2cChip, gstreamer, atSink, liftBetween);
        if (!heard || !started || !overI2c)
            return 1;
        print("serial", atSinkText, liftBetween, *heard);
        print("serial", "QMediaPlayer playing, position > start, qt", liftBetween, *started);
        print("I2C (fake bus)", atSinkText, liftBetween, *overI2c);
    }
    return 0;
}
