// SPDX-License-Identifier: GPL-3.0-or-later
// Scan-to-sound: from the PN532 simulator writing the InListPassiveTarget answer that carries a UID, through
// the real serial reader, tag presence, the tag rules and the PlaybackController, to QMediaPlayer playing
// with its position past the start (QtAudioBackend::playbackStarted). 50 scans of two alternating tags.
// Goal: p99 < 150 ms.

#include "common/systemclock.h"
#include "config/settings.h"
#include "library/resumepointrepository.h"
#include "library/tagrepository.h"
#include "library/wavencoder.h"
#include "nfc/nfcreader.h"
#include "nfc/nfcsubsystem.h"
#include "percentile.h"
#include "playback/playbackcontroller.h"
#include "playback/qtaudiobackend.h"
#include "playback/repositoryplayerlibrary.h"
#include "playback/sleeptimer.h"
#include "playlistharness.h"
#include "pn532simulator.h"
#include "system/healthstatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QString addPlaylistWithTone(PlaylistHarness &lib, const QString &title, int hz)
{
    const QString id = lib.createPlaylist(title);
    const auto playlist = lib.repository().find(id);
    constexpr int rate = 22050;
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The figures are the output: the box's own info lines (one per scan) would bury them.
    QLoggingCategory::setFilterRules(u"omb.*.info=false\nqt.multimedia.*.warning=false"_s);
    constexpr int scans = 50;

    PlaylistHarness lib;
    Pn532Simulator simulator;
    if (!lib.isValid() || !simulator.open()) {
        std::fprintf(stderr, "bench_scantosound: setup failed\n");
        return 1;
    }
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
    settings.nfcReader = u"pn532:"_s + simulator.portPath();
    ResumePointRepository resumePoints(lib.database());
    RepositoryPlayerLibrary playerLibrary(lib.repository(), resumePoints);
    SystemClock systemClock;
    PlaybackController player(PlaybackController::Config::fromSettings(settings), playerLibrary, systemClock);
    QtAudioBackend audio(settings.audioDevice);
    player.attachBackend(&audio);
    HealthStatus health;
    SleepTimer sleepTimer({}, player, systemClock);
    TagRepository tagRepository(lib.database());
    NfcSubsystem nfc(settings, lib.playlists(), player, sleepTimer, tagRepository, lib.state, health,
                     systemClock);
    nfc.start();
    if (!QTest::qWaitFor([&] { return nfc.reader()->status().available; }, 10000)) {
        std::fprintf(stderr, "bench_scantosound: the reader did not come up\n");
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    bool armed = false;
    qint64 answerAtNs = -1;
    qint64 soundAtNs = -1;
    QObject::connect(&simulator, &Pn532Simulator::targetAnswerWritten, &app, [&](const QByteArray &) {
        if (armed) {
            armed = false;
            answerAtNs = clock.nsecsElapsed();
        }
    });
    QObject::connect(&audio, &AudioBackend::playbackStarted, &app, [&] {
        if (answerAtNs >= 0 && soundAtNs < 0)
            soundAtNs = clock.nsecsElapsed();
    });

    QList<double> latencies;
    double cold = -1;
    for (int i = 0; i <= scans; ++i) {
        const QString tag = tags.at(i % 2);
        answerAtNs = -1;
        soundAtNs = -1;
        armed = true;
        simulator.placeTagHex(tag);
        if (!QTest::qWaitFor([&] { return soundAtNs >= 0; }, 10000)) {
            std::fprintf(stderr, "bench_scantosound: scan %d never played\n", i);
            return 1;
        }
        const double ms = double(soundAtNs - answerAtNs) / 1e6;
        if (i == 0)
            cold = ms; // the first scan also builds the GStreamer pipeline: reported apart
        else
            latencies.append(ms);
        // Let it play a moment, as a child would listen before swapping the tag: until 150 ms of audio are
        // heard.
        if (!QTest::qWaitFor([&] { return audio.position().value_or(0) >= 150; }, 10000)) {
            std::fprintf(stderr, "bench_scantosound: scan %d stopped before 150 ms of audio\n", i);
            return 1;
        }
    }
    const double sum = std::accumulate(latencies.begin(), latencies.end(), 0.0);
    std::printf(
        "scan-to-sound over %d scans of 2 alternating tags (PN532 answer written -> QMediaPlayer playing, "
        "position > start):\n",
        int(latencies.size()));
    std::printf(
        "  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  mean %.1f ms  (first, cold: %.1f ms)\n",
        percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
        percentile(latencies, 100), sum / double(latencies.size()), cold);
    std::printf("  goal p99 < 150 ms: %s\n", percentile(latencies, 99) < 150 ? "met" : "NOT met");
    nfc.stop();
    return 0;
}
