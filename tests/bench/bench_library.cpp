// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation figures: start to first HTTP 200 (empty library, 1000 playlists x 20 tracks), GET
// /api/playlists?limit=100 latency and throughput one at a time and 6 in flight (a browser's connections)
// from kept-alive loopback connections, idle RSS, and the join:playlists -> state:playlists round trip on /ws
// with that library (after an edit, so the snapshot is built again, and without one, when joins share the
// snapshot built last).

#include "httpclient.h"
#include "percentile.h"
#include "processsample.h"
#include "seededlibrary.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

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
        // A plain socket, not QNetworkAccessManager: its first request in a process sets up proxies, threads
        // and TLS, which took longer than the box's whole start.
        for (bool answered = false; !answered;) {
            QTcpSocket health;
            health.connectToHost(QHostAddress::LocalHost, server.port());
            if (!health.waitForConnected(5000))
                continue;
            health.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            while (health.waitForReadyRead(5000) && !health.canReadLine()) { }
            answered = health.readLine().startsWith("HTTP/1.1 200");
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (rssKb) {
            // Idle: the start-up work done (the library read, the audio output built, the ready chime
            // played), seen as the log falling quiet for 2 s after the library sync's line.
            if (!QTest::qWaitFor([&] { return server.output().contains(u"library sync:"_s); }, 20000))
                qFatal("the box did not read its library");
            for (qsizetype logged = -1; logged != server.output().size();) {
                logged = server.output().size();
                QTest::qWait(2000);
            }
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

// One kept-alive HTTP/1.1 connection that sends a GET when asked, reads the head line by line and skips the
// body by its Content-Length: a load generator that costs far less than the box it measures (it shares the
// machine's cores with the box; QNetworkAccessManager, and gathering the body into one buffer, took as much
// CPU as the box and so set the tail themselves).
class KeepAliveGetter : public QObject
{
public:
    KeepAliveGetter(quint16 port, QByteArray target, std::function<void(double ms)> done)
        : m_request("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        , m_done(std::move(done))
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveGetter::onReadyRead);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(5000))
            qFatal("the load generator could not connect");
    }
    void get()
    {
        m_statusSeen = false;
        m_bodyLength = 0;
        m_bodyLeft = -1;
        m_timer.start();
        m_socket.write(m_request);
    }

private:
    void onReadyRead()
    {
        while (m_bodyLeft < 0 && m_socket.canReadLine()) {
            const QByteArray line = m_socket.readLine();
            if (!m_statusSeen && !line.startsWith("HTTP/1.1 200"))
                qFatal("request failed: %s", line.constData());
            m_statusSeen = true;
            if (line.toLower().startsWith("content-length:"))
                m_bodyLength = line.mid(15).trimmed().toLongLong();
            else if (line == "\r\n")
                m_bodyLeft = m_bodyLength;
        }
        if (m_bodyLeft < 0)
            return;
        m_bodyLeft -= m_socket.skip(m_bodyLeft);
        if (m_bodyLeft == 0)
            m_done(double(m_timer.nsecsElapsed()) / 1e6);
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    bool m_statusSeen = false;
    qint64 m_bodyLength = 0;
    qint64 m_bodyLeft = -1;
    QElapsedTimer m_timer;
    std::function<void(double)> m_done;
};

struct LoadFigures
{
    QList<double> latencies;
    int requests = 0;
    double requestsPerSecond = 0;
};

// `total` GETs of `target`, `inFlight` at a time, each on its own kept-alive connection.
LoadFigures getLoad(quint16 port, const QByteArray &target, int total, int inFlight)
{
    LoadFigures figures;
    figures.requests = total;
    int started = 0;
    std::vector<std::unique_ptr<KeepAliveGetter>> getters;
    const auto startNext = [&](KeepAliveGetter &getter) {
        if (started < total) {
            ++started;
            getter.get();
        }
    };
    for (int i = 0; i < inFlight; ++i) {
        getters.push_back(std::make_unique<KeepAliveGetter>(port, target, [&, i](double ms) {
            figures.latencies.append(ms);
            startNext(*getters[size_t(i)]);
        }));
    }
    QElapsedTimer wall;
    wall.start();
    for (auto &getter : getters)
        startNext(*getter);
    while (figures.latencies.size() < total)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    figures.requestsPerSecond = double(total) / (double(wall.nsecsElapsed()) / 1e9);
    return figures;
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
    SeededLibrary::seed(big.path(), 1000, 20);
    std::printf("seeded 1000 playlists x 20 tracks in %.1f s\n", double(seedTimer.elapsed()) / 1000.0);
    qint64 bigRss = 0;
    const double bigStart = startToFirst200(big.path(), 5, &bigRss);
    std::printf("start to first 200, 1000 x 20 library:     p50 %.1f ms\n", bigStart);
    std::printf("RSS idle after start, 1000 x 20 library:   %.1f MB\n", double(bigRss) / 1024.0);

    ServerProcess server({}, big.path());
    if (!server.start())
        qFatal("server did not start");
    for (const int inFlight : {1, 6}) {
        const LoadFigures load = getLoad(server.port(), "/api/playlists?limit=100", 600, inFlight);
        std::printf("GET /api/playlists?limit=100 (2000 tracks per answer), %d requests, %d in flight:\n",
                    load.requests, inFlight);
        std::printf("  p50 %.1f ms   p99 %.1f ms   %.0f requests/s\n", percentile(load.latencies, 50),
                    percentile(load.latencies, 99), load.requestsPerSecond);
    }
    std::printf("RSS after the load:                        %.1f MB\n",
                double(ProcessSample::of(server.process().processId()).rssKb) / 1024.0);
    measureJoins(server);
    server.terminate();
    return 0;
}
