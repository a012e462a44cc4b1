// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation figures: start to first HTTP 200 (empty library, 1000 playlists x 20 tracks), GET
// /api/playlists?limit=100 latency and throughput from a loopback load generator, idle RSS, and the
// join:playlists -> state:playlists round trip on /ws with that library (after an edit, so the snapshot is
// built again, and without one, when joins share the snapshot built last).

#include "httpclient.h"
#include "library/database.h"
#include "library/playlistrepository.h"
#include "library/wavencoder.h"
#include "percentile.h"
#include "processsample.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A tenth of a second of silence: a real WAV that TagLib reads, small enough for thousands of files.
QByteArray tinyWav()
{
    return WavEncoder::encode(QList<qint16>(800, 0), 8000);
}

void seedLibrary(const QString &dataDir, int playlists, int tracksEach)
{
    Database database;
    if (!database.open(dataDir + u"/openmusicbox.db"_s))
        qFatal("cannot open the database");
    PlaylistRepository repository(database, dataDir + u"/music"_s);
    const QByteArray wav = tinyWav();
    database.transaction([&]() -> Status {
        for (int p = 0; p < playlists; ++p) {
            const QString folder = u"Playlist %1"_s.arg(p, 4, 10, QLatin1Char('0'));
            QDir().mkpath(dataDir + u"/music/"_s + folder);
            const auto playlist = repository.create(folder, {}, folder);
            for (int t = 0; t < tracksEach; ++t) {
                const QString file = u"%1 Song.wav"_s.arg(t + 1, 2, 10, QLatin1Char('0'));
                QFile out(dataDir + u"/music/"_s + folder + u'/' + file);
                out.open(QIODevice::WriteOnly);
                out.write(wav);
                repository.addTrack(playlist->id, {u"Song %1"_s.arg(t + 1), file, 100, {}, {}, false, 0});
            }
        }
        return Done {};
    });
}

// Starts the box (median of several starts) and reports ms from exec to the first 200 on /api/health.
double startToFirst200(const QString &dataDir, int runs, qint64 *rssKb)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        ServerProcess server({}, dataDir);
        QElapsedTimer timer;
        timer.start();
        if (!server.start())
            qFatal("server did not start");
        QNetworkAccessManager network;
        for (;;) {
            QNetworkReply *reply = network.get(QNetworkRequest(QUrl(server.baseUrl() + u"/api/health"_s)));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(5000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (status == 200)
                break;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (rssKb) {
            // Idle: after the start-up work (library sync, devices) has settled.
            QSignalSpy settle(&server.process(), &QProcess::readyRead);
            settle.wait(1500);
            *rssKb = ProcessSample::of(server.process().processId()).rssKb;
        }
        server.terminate();
    }
    return percentile(times, 50);
}

// ms from sending join:playlists to receiving its state:playlists snapshot, `rounds` times; `before` runs
// (untimed) ahead of each join.
QList<double> joinRoundTrips(WsTestClient &client, int rounds, const std::function<void()> &before)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        if (before)
            before();
        const qsizetype seen = client.frames().size();
        const auto arrived = [&] {
            for (qsizetype f = seen; f < client.frames().size(); ++f) {
                const QString &frame = client.frames()[f];
                if (frame.startsWith(u"{\"event\":\"state:playlists\""_s)
                    && frame.contains(u"\"reason\":\"snapshot\""_s))
                    return true;
            }
            return false;
        };
        QElapsedTimer timer;
        timer.start();
        client.sendEvent(u"join:playlists"_s);
        QSignalSpy frames(&client, &WsTestClient::frameReceived);
        while (!arrived()) {
            if (!frames.wait(10000))
                qFatal("no state:playlists snapshot");
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

void measureJoins(const ServerProcess &server)
{
    HttpClient http(server.baseUrl());
    const QString id = http.get(u"/api/playlists?limit=1"_s).data()[u"playlists"_s][0][u"id"_s].toString();
    WsTestClient client;
    client.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port())));
    QSignalSpy connected(&client.socket(), &QWebSocket::connected);
    if (!client.isConnected() && !connected.wait(10000))
        qFatal("the /ws client did not connect");
    int edit = 0;
    const QList<double> rebuilt = joinRoundTrips(client, 50, [&] {
        if (http.put(u"/api/playlists/"_s + id, {{u"description"_s, u"edit %1"_s.arg(++edit)}}).status != 200)
            qFatal("edit failed");
    });
    const QList<double> shared = joinRoundTrips(client, 200, {});
    std::printf("join:playlists -> state:playlists on /ws, 1000 x 20 library (1000 summaries):\n");
    std::printf("  after an edit (snapshot built again), 50 joins:   p50 %.1f ms   p99 %.1f ms\n",
                percentile(rebuilt, 50), percentile(rebuilt, 99));
    std::printf("  unchanged (shared snapshot), 200 joins:          p50 %.1f ms   p99 %.1f ms\n",
                percentile(shared, 50), percentile(shared, 99));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir empty;
    qint64 idleRss = 0;
    const double emptyStart = startToFirst200(empty.path(), 7, &idleRss);
    std::printf("start to first 200, empty library:        p50 %.1f ms\n", emptyStart);
    std::printf("RSS idle after start, empty library:       %.1f MB\n", double(idleRss) / 1024.0);

    QTemporaryDir big;
    QElapsedTimer seedTimer;
    seedTimer.start();
    seedLibrary(big.path(), 1000, 20);
    std::printf("seeded 1000 playlists x 20 tracks in %.1f s\n", double(seedTimer.elapsed()) / 1000.0);
    qint64 bigRss = 0;
    const double bigStart = startToFirst200(big.path(), 5, &bigRss);
    std::printf("start to first 200, 1000 x 20 library:     p50 %.1f ms\n", bigStart);
    std::printf("RSS idle after start, 1000 x 20 library:   %.1f MB\n", double(bigRss) / 1024.0);

    ServerProcess server({}, big.path());
    if (!server.start())
        qFatal("server did not start");
    QNetworkAccessManager network; // up to 6 parallel connections to one host
    const QUrl url(server.baseUrl() + u"/api/playlists?limit=100"_s);
    constexpr int total = 600;
    constexpr int concurrency = 6;
    QList<double> latencies;
    int started = 0;
    int finished = 0;
    QElapsedTimer wall;
    std::function<void()> launch = [&] {
        if (started >= total)
            return;
        ++started;
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, timer] {
            latencies.append(double(timer->nsecsElapsed()) / 1e6);
            delete timer;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                qFatal("request failed");
            reply->deleteLater();
            ++finished;
            launch();
        });
    };
    wall.start();
    for (int i = 0; i < concurrency; ++i)
        launch();
    while (finished < total)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::printf("GET /api/playlists?limit=100 (2000 tracks per answer), %d requests, %d in flight:\n", total,
                concurrency);
    std::printf("  p50 %.1f ms   p99 %.1f ms   %.0f requests/s\n", percentile(latencies, 50),
                percentile(latencies, 99), double(total) / seconds);
    std::printf("RSS after the load:                        %.1f MB\n",
                double(ProcessSample::of(server.process().processId()).rssKb) / 1024.0);
    measureJoins(server);
    server.terminate();
    return 0;
}
