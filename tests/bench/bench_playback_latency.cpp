// SPDX-License-Identifier: GPL-3.0-or-later
// Command-to-sound: from sending POST /api/playlists/{id}/start to QtAudioBackend seeing the position move
// (QMediaPlayer in PlayingState with position > 0), over 50 starts, through the real Router and HTTP server
// on a loopback port. Prints p50/p99/max. Goal: p99 < 100 ms.

#include "audiofixtures.h"
#include "common/systemclock.h"
#include "fakeplayerlibrary.h"
#include "percentile.h"
#include "playback/playbackcontroller.h"
#include "playback/playerstateservice.h"
#include "playback/sleeptimer.h"
#include "qtaudio/qtaudiobackend.h"
#include "realtime/operationtracker.h"
#include "realtime/statemanager.h"
#include "server/doorlimits.h"
#include "server/httpapi.h"
#include "server/originpolicy.h"
#include "server/playerroutes.h"
#include "server/ratelimiter.h"
#include "server/router.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omb.*.info=false\nqt.multimedia.*=false"_s);
    constexpr int starts = 50;

    QTemporaryDir dir;
    FakePlayerLibrary library;
    for (const QString &id : {u"a"_s, u"b"_s}) {
        Playlist playlist = FakePlayerLibrary::makePlaylist(id, 1);
        playlist.tracks[0].filePath = AudioFixtures::make(dir.path(), id, u"mp3"_s, 5000);
        if (playlist.tracks[0].filePath.isEmpty())
            playlist.tracks[0].filePath = AudioFixtures::make(dir.path(), id, u"wav"_s, 5000);
        library.add(playlist);
    }

    StateManager state;
    SystemClock systemClock;
    OperationTracker operations(systemClock, 300);
    OriginPolicy::Config originConfig;
    originConfig.boxNames = OriginPolicy::boxNamesFor(u"localhost"_s, {});
    const OriginPolicy origins(originConfig);
    Router router(
        operations, [&state] { return state.currentSeq(); }, origins);
    PlaybackController controller({}, library, systemClock);
    SleepTimer sleep({}, controller, systemClock);
    PlayerStateService playerState(controller, sleep, state);
    RateLimiter limiter(systemClock, 1000, 60);
    PlayerRoutes routes(controller, playerState, sleep, limiter);
    routes.registerOn(router);
    DoorLimits limits;
    limits.maxBodyBytes = 1 << 20;
    HttpApi http(router, origins, limits);
    const quint16 port = http.listen(QHostAddress::LocalHost, 0);

    QElapsedTimer openClock;
    openClock.start();
    QtAudioBackend backend;
    const qint64 openMs = openClock.elapsed();
    controller.attachBackend(&backend);

    QNetworkAccessManager network;
    QList<qint64> toSound;
    QList<qint64> toResponse;
    QSignalSpy started(&backend, &AudioBackend::playbackStarted);
    QObject::connect(&backend, &AudioBackend::errorOccurred, &app,
                     [](AudioBackend::Error, const QString &message) {
                         std::printf("backend error: %s\n", qPrintable(message));
                     });
    for (int i = 0; i < starts + 1; ++i) {
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1/api/playlists/%2/start"_s.arg(port).arg(i % 2 ? u"b"_s : u"a"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        started.clear();
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = network.post(request, QByteArray("{}"));
        qint64 responseMs = -1;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&] { responseMs = clock.elapsed(); });
        if (!started.wait(5000)) {
            std::printf("start %d: no sound within 5 s (position %lld, playing %d)\n", i,
                        backend.position().value_or(-1), int(backend.isPlaying()));
            return 1;
        }
        const qint64 soundMs = clock.elapsed();
        while (responseMs < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        reply->deleteLater();
        if (i == 0) {
            std::printf("first start (cold pipeline): %lld ms to sound\n", soundMs);
            continue;
        }
        toSound.append(soundMs);
        toResponse.append(responseMs);
    }
    std::printf("audio backend opened in %lld ms\n", openMs);
    std::printf(
        "command-to-sound over %d starts: p50 %lld ms, p99 %lld ms, max %lld ms (goal p99 < 100 ms)\n",
        starts, percentile(toSound, 50), percentile(toSound, 99), percentile(toSound, 100));
    std::printf("HTTP start response: p50 %lld ms, p99 %lld ms\n", percentile(toResponse, 50),
                percentile(toResponse, 99));
    return 0;
}
