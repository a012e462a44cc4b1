// SPDX-License-Identifier: GPL-3.0-or-later
// Fan-out benchmark: N plain /ws clients joined to `playlists` while state:track_position flows at 5 Hz.
// The server (the real Router, HttpApi, StateManager and WebSocketGateway) runs in a child process — this
// binary with --serve — so the clients' work does not share its event loop. Prints, per N: delivery latency
// from emission to receipt (p50/p99/max), frames/s received, the server's CPU% and RSS; the last run adds a
// client that stops reading, which must be dropped without moving the others' figures. "emit" is the time
// publishPosition() takes in the server: the envelope built once and written to every socket.
//   bench_fanout [--clients 50,200,500] [--seconds 10] [--socketio]  (Socket.IO framing instead of /ws)
#include "percentile.h"
#include "processsample.h"
#include "realtimetestserver.h"
#include "wstestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Benchmarks report a wait that timed out and carry on: the figures then show it.
template<typename Condition> void waitOrWarn(Condition condition, int timeoutMs)
{
    if (!QTest::qWaitFor(condition, timeoutMs))
        std::fprintf(stderr, "a wait timed out after %d ms\n", timeoutMs);
}

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int serve()
{
    RealtimeTestServer server;
    if (!server.listen())
        return 1;
    std::printf("port %d\n", server.port());
    std::fflush(stdout);
    // "stats" on stdin: the time publishPosition took (envelope built once, written to every socket).
    QList<qint64> fanOutUs;
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &server.state(), [&] {
        char buffer[64];
        if (::read(0, buffer, sizeof buffer) <= 0)
            return QCoreApplication::quit();
        std::printf("fanout %.3f %.3f\n", double(percentile(fanOutUs, 50)) / 1000.0,
                    double(percentile(fanOutUs, 99)) / 1000.0);
        std::fflush(stdout);
        fanOutUs.clear();
    });
    QTimer ticker;
    qint64 position = 0;
    QObject::connect(&ticker, &QTimer::timeout, &server.state(), [&] {
        QElapsedTimer timer;
        timer.start();
        position += 200;
        server.state().publishPosition({{u"position_ms"_s, position},
                                        {u"duration_ms"_s, 184000},
                                        {u"is_playing"_s, true},
                                        {u"track_id"_s, u"7c0e2a56-1f1e-4b7e-9d38-2f5d1c3b9a10"_s},
                                        {u"playlist_id"_s, u"0b4f3d2c-8e7a-4c1b-a9d6-5e3f2a1b0c9d"_s},
                                        {u"emitted_us"_s, nowUs()}});
        fanOutUs.append(timer.nsecsElapsed() / 1000);
    });
    ticker.start(200);
    return QCoreApplication::exec();
}

// Not QTest::qWait: it sleeps 10 ms between event-loop passes, which would show up as latency.
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// A masked client text frame, for the raw socket that never reads.
QByteArray maskedTextFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    frame.append(char(0x80 | payload.size())); // < 126 bytes
    const QByteArray mask("\x11\x22\x33\x44", 4);
    frame.append(mask);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ mask[i % 4]));
    return frame;
}

struct RunResult
{
    int clients = 0;
    bool stalled = false;
    double p50 = 0, p99 = 0, max = 0, framesPerSecond = 0, cpuPercent = 0;
    double serverP50 = 0, serverP99 = 0; // publishPosition() itself
    qint64 rssKb = 0, peakRssKb = 0;
    int dropped = 0;
};

RunResult run(int clientCount, int seconds, bool withStalledReader, bool socketIo)
{
    RunResult result {clientCount, withStalledReader};
    QProcess server;
    server.start(QCoreApplication::applicationFilePath(), {u"--serve"_s});
    if (!QTest::qWaitFor([&] { return server.canReadLine(); }, 10000)) {
        std::fprintf(stderr, "the server did not start\n");
        return result;
    }
    const quint16 port = quint16(server.readLine().trimmed().mid(5).toUInt());
    const QString base = u"ws://127.0.0.1:%1"_s.arg(port);

    std::vector<std::unique_ptr<WsTestClient>> clients;
    for (int i = 0; i < clientCount; ++i) {
        clients.push_back(std::make_unique<WsTestClient>());
        clients.back()->open(QUrl(base + (socketIo ? u"/socket.io/?EIO=4&transport=websocket"_s : u"/ws"_s)));
    }
    waitOrWarn(
        [&] {
            return std::all_of(clients.cbegin(), clients.cend(),
                               [](const auto &c) { return c->isConnected(); });
        },
        30000);
    for (auto &client : clients)
        if (socketIo) {
            client->send(u"40"_s);
            client->send(u"42[\"join:playlists\",{}]"_s);
        } else {
            client->sendEvent(u"join:playlists"_s);
        }
    waitOrWarn(
        [&] {
            return std::all_of(clients.cbegin(), clients.cend(),
                               [](const auto &c) { return c->hasEvent(u"ack:join"_s); });
        },
        30000);

    QTcpSocket stalled;
    if (withStalledReader) {
        stalled.setReadBufferSize(1024);
        stalled.connectToHost(QHostAddress::LocalHost, port);
        stalled.waitForConnected(5000);
        stalled.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        stalled.write(maskedTextFrame(R"({"event":"join:playlists"})"));
        // It also keeps asking for the biggest reply it can get, and never reads one.
        for (int i = 0; i < 20000; ++i)
            stalled.write(maskedTextFrame(R"({"event":"health_check"})"));
    }

    QList<qint64> latencies;
    qint64 frames = 0;
    bool measuring = false;
    for (auto &client : clients) {
        QObject::connect(client.get(), &WsTestClient::frameReceived, client.get(), [&](const QString &frame) {
            if (!measuring
                || !(frame.startsWith(u"{\"event\":\"state:track_position\""_s)
                     || frame.startsWith(u"42[\"state:track_position\""_s)))
                return;
            const qint64 received = nowUs();
            // A string search, not a JSON parse: the client's own work would count as server latency.
            const qsizetype at = frame.indexOf(u"\"emitted_us\":"_s);
            latencies.append(received - QStringView(frame).mid(at + 13, 16).toLongLong());
            ++frames;
        });
    }
    // Let the joins settle, then measure.
    runEventLoop(1000);
    const ProcessSample before = ProcessSample::of(server.processId());
    const qint64 start = nowUs();
    measuring = true;
    runEventLoop(seconds * 1000);
    measuring = false;
    const double elapsed = double(nowUs() - start) / 1e6;
    const ProcessSample after = ProcessSample::of(server.processId());
    server.readAll();
    server.write("stats\n");
    waitOrWarn([&] { return server.canReadLine(); }, 5000);
    const QList<QByteArray> fanOut = server.readLine().trimmed().split(' ');
    result.serverP50 = fanOut.value(1).toDouble();
    result.serverP99 = fanOut.value(2).toDouble();

    result.p50 = double(percentile(latencies, 50)) / 1000.0;
    result.p99 = double(percentile(latencies, 99)) / 1000.0;
    result.max = double(percentile(latencies, 100)) / 1000.0;
    result.framesPerSecond = double(frames) / elapsed;
    result.cpuPercent = 100.0 * (after.cpuSeconds - before.cpuSeconds) / elapsed;
    result.rssKb = after.rssKb;
    result.peakRssKb = after.peakRssKb;
    if (withStalledReader) {
        WsTestClient probe;
        probe.open(QUrl(base + u"/ws"_s));
        waitOrWarn([&] { return probe.isConnected(); }, 5000);
        probe.sendEvent(u"health_check"_s);
        waitOrWarn([&] { return probe.hasEvent(u"health_status"_s); }, 5000);
        for (const WsTestClient::Event &event : probe.events()) {
            if (event.name == "health_status"_L1)
                result.dropped = event.data.value(u"dropped_clients_total"_s).toInt();
        }
    }
    clients.clear();
    server.terminate();
    server.waitForFinished(5000);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    if (arguments.contains(u"--serve"_s))
        return serve();
    QList<int> counts {50, 200, 500};
    int seconds = 10;
    if (const qsizetype i = arguments.indexOf(u"--clients"_s); i > 0 && i + 1 < arguments.size()) {
        counts.clear();
        for (const QString &n : arguments.at(i + 1).split(u','))
            counts.append(n.toInt());
    }
    if (const qsizetype i = arguments.indexOf(u"--seconds"_s); i > 0 && i + 1 < arguments.size())
        seconds = arguments.at(i + 1).toInt();

    const bool socketIo = arguments.contains(u"--socketio"_s);
    std::printf("fan-out of state:track_position at 5 Hz to %s clients in room playlists (%d s per run)\n",
                socketIo ? "Socket.IO (websocket)" : "/ws", seconds);
    std::printf("%8s %8s %9s %9s %9s %10s %7s %9s %9s %8s %12s %12s\n", "clients", "stalled", "p50 ms",
                "p99 ms", "max ms", "frames/s", "cpu %", "rss MiB", "peak MiB", "dropped", "emit p50 ms",
                "emit p99 ms");
    QList<std::pair<int, bool>> runs;
    for (int n : counts)
        runs.append({n, false});
    runs.append({counts.last(), true});
    for (const auto &[n, stalled] : runs) {
        const RunResult r = run(n, seconds, stalled, socketIo);
        std::printf("%8d %8s %9.2f %9.2f %9.2f %10.0f %7.1f %9.1f %9.1f %8d %12.3f %12.3f\n", r.clients,
                    r.stalled ? "yes" : "no", r.p50, r.p99, r.max, r.framesPerSecond, r.cpuPercent,
                    r.rssKb / 1024.0, r.peakRssKb / 1024.0, r.dropped, r.serverP50, r.serverP99);
        std::fflush(stdout);
    }
    return 0;
}
