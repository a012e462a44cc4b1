// SPDX-License-Identifier: GPL-3.0-or-later
// Tick jitter: the intervals between state:track_position emissions over 60 s of real playback. Prints
// p50/p99/max and the share within 200 ms +- 20 ms.

#include "audiofixtures.h"
#include "common/systemclock.h"
#include "fakeplayerlibrary.h"
#include "percentile.h"
#include "playback/playbackcontroller.h"
#include "playback/trackprogressservice.h"
#include "qtaudio/qtaudiobackend.h"
#include "realtime/statemanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omb.*.info=false\nqt.multimedia.*=false"_s);
    constexpr qint64 windowMs = 60000;

    QTemporaryDir dir;
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"jitter"_s, 1);
    playlist.tracks[0].filePath = dir.filePath(u"long.wav"_s);
    playlist.tracks[0].durationMs = windowMs + 5000;
    if (!AudioFixtures::writeSineWav(playlist.tracks[0].filePath, int(windowMs + 5000)))
        return 1;

    FakePlayerLibrary library;
    StateManager state;
    QtAudioBackend backend;
    SystemClock systemClock;
    PlaybackController controller({}, library, systemClock);
    controller.attachBackend(&backend);
    TrackProgressService progress(controller, state, TrackProgressService::Config {});

    QElapsedTimer clock;
    QList<qint64> times;
    QObject::connect(&progress, &TrackProgressService::positionPublished, &app, [&] {
        times.append(clock.elapsed());
        if (times.constLast() - times.constFirst() >= windowMs)
            app.quit();
    });
    clock.start();
    if (!controller.playPlaylist(playlist, PlaybackController::StartMode::FromStart).ok())
        return 1;
    QTimer::singleShot(windowMs + 10000, &app, &QCoreApplication::quit);
    app.exec();

    QList<qint64> intervals;
    for (qsizetype i = 1; i < times.size(); ++i)
        intervals.append(times[i] - times[i - 1]);
    if (intervals.isEmpty())
        return 1;
    const auto within
        = std::count_if(intervals.begin(), intervals.end(), [](qint64 v) { return qAbs(v - 200) <= 20; });
    std::printf(
        "tick intervals over %lld s (%lld ticks): p50 %lld ms, p99 %lld ms, max %lld ms, min %lld ms; "
        "%.1f %% within 200 +- 20 ms\n",
        windowMs / 1000, qint64(intervals.size()), percentile(intervals, 50), percentile(intervals, 99),
        percentile(intervals, 100), percentile(intervals, 0),
        100.0 * double(within) / double(intervals.size()));
    return 0;
}
