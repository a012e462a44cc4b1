// SPDX-License-Identifier: GPL-3.0-or-later
// What the screen costs in CPU: the real binary as a kiosk (UI=kiosk, offscreen), measured over 20 s by its
// own user + system time. Playing a 3-minute MP3 with the screen on (the progress bar follows the 200 ms
// ticks): goal <= 3 % of one core; the same box headless is measured beside it, so the screen's own share
// shows. Nothing playing and the screen dimmed: goal <= 0.5 %.

#include "audiofixtures.h"
#include "httpclient.h"
#include "processsample.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int measureSeconds = 20;

// The percentage of one core the process used over measureSeconds of this wait.
double cpuPercentOver(qint64 pid)
{
    const double before = ProcessSample::of(pid).cpuSeconds;
    QDeadlineTimer deadline(measureSeconds * 1000);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents,
                                        int(qMax<qint64>(1, deadline.remainingTime())));
    return 100.0 * (ProcessSample::of(pid).cpuSeconds - before) / measureSeconds;
}

QStringList arguments(bool kiosk)
{
    return kiosk ? QStringList {u"--ui"_s, u"kiosk"_s, u"--nfc"_s, u"none"_s}
                 : QStringList {u"--nfc"_s, u"none"_s};
}

// A box with the MP3 in its library, started (a kiosk: its first frame shown); the screen dims after
// dimAfterSec.
bool startBox(ServerProcess &server, bool kiosk, const QString &mp3, int dimAfterSec)
{
    server.setEnvironmentValue(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    server.setEnvironmentValue(u"OMB_SCREEN_DIM_SEC"_s, QString::number(dimAfterSec));
    QDir().mkpath(server.dataDir() + u"/music/Bench"_s);
    QFile::copy(mp3, server.dataDir() + u"/music/Bench/long.mp3"_s);
    return server.start()
        && (!kiosk
            || QTest::qWaitFor([&] { return server.output().contains(u"first frame shown"_s); }, 15000));
}

std::optional<double> playing(bool kiosk, const QString &mp3)
{
    ServerProcess server(arguments(kiosk));
    if (!startBox(server, kiosk, mp3, 0))
        return std::nullopt;
    HttpClient http(server.baseUrl());
    QString playlistId;
    const bool listed = QTest::qWaitFor(
        [&] {
            playlistId = http.get(u"/api/playlists"_s).data()[u"playlists"_s][0][u"id"_s].toString();
            return !playlistId.isEmpty();
        },
        20000);
    if (!listed || http.post(u"/api/playlists/%1/start"_s.arg(playlistId)).status != 200)
        return std::nullopt;
    // The steady state: the new track's loudness, measured once in the background, has been read.
    if (!QTest::qWaitFor([&] { return server.output().contains(u"loudness of"_s); }, 60000))
        return std::nullopt;
    const double percent = cpuPercentOver(server.process().processId());
    const bool stillPlaying = http.get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool();
    server.terminate();
    return stillPlaying ? std::optional(percent) : std::nullopt;
}

std::optional<double> idleAndDimmed(const QString &mp3)
{
    constexpr int dimAfterSec = 1;
    ServerProcess server(arguments(true));
    if (!startBox(server, true, mp3, dimAfterSec))
        return std::nullopt;
    // Idle means the library read and the screen dimmed (its timer runs from the start).
    if (!QTest::qWaitFor([&] { return server.output().contains(u"library sync:"_s); }, 20000))
        return std::nullopt;
    QTest::qWait(2 * dimAfterSec * 1000);
    const double percent = cpuPercentOver(server.process().processId());
    server.terminate();
    return percent;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir music;
    const QString mp3 = AudioFixtures::make(music.path(), u"long"_s, u"mp3"_s, 180000);
    if (mp3.isEmpty()) {
        std::fprintf(stderr, "bench_kioskcpu: sox cannot write MP3 (install libsox-fmt-mp3)\n");
        return 1;
    }
    const std::optional<double> withScreen = playing(true, mp3);
    const std::optional<double> headless = playing(false, mp3);
    const std::optional<double> dimmed = idleAndDimmed(mp3);
    if (!withScreen || !headless || !dimmed) {
        std::fprintf(stderr, "bench_kioskcpu: a box did not start, list its library or keep playing\n");
        return 1;
    }
    std::printf("kiosk playing an MP3, screen on: CPU %.2f %% of one core over %d s (goal <= 3)\n",
                *withScreen, measureSeconds);
    std::printf("headless playing the same MP3: CPU %.2f %% (the screen's share: %.2f %%)\n", *headless,
                *withScreen - *headless);
    std::printf("kiosk idle, screen dimmed: CPU %.2f %% of one core over %d s (goal <= 0.5)\n", *dimmed,
                measureSeconds);
    return *withScreen <= 3.0 && *dimmed <= 0.5 ? 0 : 1;
}
