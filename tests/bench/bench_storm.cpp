// SPDX-License-Identifier: GPL-3.0-or-later
// Reconnect storm: the real box with the 1000 x 20 library, playing, and N clients that connect and join
// `playlists` at the same instant, as every page does after the box restarts or the Wi-Fi comes back. Counted
// from that instant: how many got their state:playlists snapshot and how many were receiving
// state:track_position within 5 s (goal: all of 500), with p50/p99/max. Then, all joined, the fan-out of the
// 5 Hz ticks to the N clients on that library: the delay from the first client's receipt of a tick to each
// other client's (the first recipient stands in for the emission; goal: p99 < 20 ms). Both transports, /ws
// and Socket.IO. The clients run in child processes (this binary with --clients) so that their reading does
// not set the figures.
// Exits 1 when a client was not joined and receiving ticks within the 5 s.
//   bench_storm [--clients 500]
#include "audiofixtures.h"
#include "httpclient.h"
#include "percentile.h"
#include "processsample.h"
#include "seededlibrary.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int childProcesses = 4;
constexpr int goalMs = 5000;
constexpr int fanOutFromMs = 6000; // ticks counted for the fan-out: all joined by then
constexpr int runMs = 16000;

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// One client of the storm: connects, joins `playlists` (on Socket.IO after its namespace opened), and notes
// when its snapshot and its first tick arrived, and when each later tick did (by its position_ms).
class StormClient : public QObject
{
public:
    StormClient(const QUrl &url, bool socketIo)
        : m_socketIo(socketIo)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            if (!m_socketIo)
                m_socket.sendTextMessage(uR"({"event":"join:playlists","data":{}})"_s);
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &StormClient::onFrame);
        m_socket.open(url);
    }

    qint64 joinedUs = 0;
    qint64 firstTickUs = 0;
    QList<std::pair<qint64, qint64>> ticks; // position_ms, received µs

private:
    void onFrame(const QString &frame)
    {
        const qint64 received = nowUs();
        const QStringView body = m_socketIo ? QStringView(frame).mid(2) : QStringView(frame);
        if (m_socketIo && frame.startsWith(u"0{"_s)) {
            m_socket.sendTextMessage(u"40"_s);
        } else if (m_socketIo && frame.startsWith(u"40"_s)) {
            m_socket.sendTextMessage(uR"(42["join:playlists",{}])"_s);
        } else if (m_socketIo && frame == u"2"_s) {
            m_socket.sendTextMessage(u"3"_s);
        } else if (!joinedUs
                   && (body.startsWith(uR"({"event":"state:playlists")"_s)
                       || body.startsWith(uR"(["state:playlists")"_s))) {
            joinedUs = received;
        } else if (joinedUs
                   && (body.startsWith(uR"({"event":"state:track_position")"_s)
                       || body.startsWith(uR"(["state:track_position")"_s))) {
            if (!firstTickUs)
                firstTickUs = received;
            const qsizetype at = frame.indexOf(u"\"position_ms\":"_s);
            ticks.append(
                {QStringView(frame).mid(at + 14, 12).toString().section(u',', 0, 0).toLongLong(), received});
        }
    }

    QWebSocket m_socket;
    bool m_socketIo;
};

// --clients: `count` clients at once, for runMs; then one line per client ("c joinedUs firstTickUs") and one
// per tick received after fanOutFromMs ("t positionMs receivedUs").
int runClients(const QUrl &url, bool socketIo, int count, qint64 startUs)
{
    std::vector<std::unique_ptr<StormClient>> clients;
    for (int i = 0; i < count; ++i)
        clients.push_back(std::make_unique<StormClient>(url, socketIo));
    QTimer::singleShot(runMs, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    for (const auto &client : clients) {
        std::printf("c %lld %lld\n", client->joinedUs, client->firstTickUs);
        for (const auto &[position, received] : client->ticks)
            if (received - startUs >= fanOutFromMs * 1000)
                std::printf("t %lld %lld\n", position, received);
    }
    return 0;
}

struct StormFigures
{
    QList<double> joinMs, firstTickMs, fanOutMs;
    int joinedInTime = 0, tickingInTime = 0;
    double cpuPercent = 0;
    qint64 peakRssKb = 0;
};

StormFigures storm(ServerProcess &server, bool socketIo, int clients)
{
    StormFigures figures;
    const QString path = socketIo ? u"/socket.io/?EIO=4&transport=websocket"_s : u"/ws"_s;
    const QString url = u"ws://127.0.0.1:%1%2"_s.arg(server.port()).arg(path);
    const qint64 pid = server.process().processId();
    const ProcessSample before = ProcessSample::of(pid);
    const qint64 startUs = nowUs();
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < childProcesses; ++i) {
        const int share = clients / childProcesses + (i < clients % childProcesses ? 1 : 0);
        children.push_back(std::make_unique<QProcess>());
        children.back()->start(QCoreApplication::applicationFilePath(),
                               {u"--clients"_s, QString::number(share), u"--url"_s, url, u"--start-us"_s,
                                QString::number(startUs), socketIo ? u"--socketio"_s : u"--ws"_s});
    }
    QHash<qint64, QList<qint64>> receipts; // position_ms -> when each client got it
    for (auto &child : children) {
        if (!child->waitForFinished(runMs + 30000))
            qFatal("a client process did not finish");
        const QList<QByteArray> lines = child->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() != 3)
                continue;
            const qint64 a = fields[1].toLongLong(), b = fields[2].toLongLong();
            if (fields[0] == "c") {
                if (a)
                    figures.joinMs.append(double(a - startUs) / 1000.0);
                if (a && a - startUs <= goalMs * 1000)
                    ++figures.joinedInTime;
                if (b)
                    figures.firstTickMs.append(double(b - startUs) / 1000.0);
                if (b && b - startUs <= goalMs * 1000)
                    ++figures.tickingInTime;
            } else if (fields[0] == "t") {
                receipts[a].append(b);
            }
        }
    }
    const ProcessSample after = ProcessSample::of(pid);
    figures.cpuPercent = 100.0 * (after.cpuSeconds - before.cpuSeconds) / (double(nowUs() - startUs) / 1e6);
    figures.peakRssKb = after.peakRssKb;
    for (const QList<qint64> &times : std::as_const(receipts)) {
        const qint64 first = *std::min_element(times.cbegin(), times.cend());
        for (const qint64 t : times)
            figures.fanOutMs.append(double(t - first) / 1000.0);
    }
    return figures;
}

QString argument(const QStringList &arguments, const QString &name, const QString &fallback = {})
{
    const qsizetype i = arguments.indexOf(name);
    return i > 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.contains(u"--clients"_s) && arguments.contains(u"--url"_s))
        return runClients(QUrl(argument(arguments, u"--url"_s)), arguments.contains(u"--socketio"_s),
                          argument(arguments, u"--clients"_s).toInt(),
                          argument(arguments, u"--start-us"_s).toLongLong());
    const int clients = argument(arguments, u"--clients"_s, u"500"_s).toInt();

    QTemporaryDir music;
    const QString mp3 = AudioFixtures::make(music.path(), u"long"_s, u"mp3"_s, 600000);
    if (mp3.isEmpty()) {
        std::fprintf(stderr, "bench_storm: sox cannot write MP3 (install libsox-fmt-mp3)\n");
        return 1;
    }
    QTemporaryDir data;
    const QStringList playlists = SeededLibrary::seed(data.path(), 1000, 20, mp3, 600000);
    ServerProcess server({u"--nfc"_s, u"none"_s}, data.path());
    server.setEnvironmentValue(u"OMB_MAX_CONNECTIONS"_s, QString::number(clients + 100));
    server.setEnvironmentValue(u"OMB_MAX_CONNECTIONS_PER_ADDRESS"_s, QString::number(clients + 100));
    if (!server.start()) {
        std::fprintf(stderr, "bench_storm: the box did not start: %s\n", qPrintable(server.output()));
        return 1;
    }
    // The sound output is built once GStreamer has loaded, just after the box listens: until then a start is
    // answered 503.
    HttpClient http(server.baseUrl());
    if (!QTest::qWaitFor(
            [&] { return http.get(u"/api/health"_s).data()[u"services"_s][u"audio"_s].toBool(); }, 20000)) {
        std::fprintf(stderr, "bench_storm: the box's sound output never became ready\n");
        return 1;
    }
    const HttpClient::Response started = http.post(u"/api/playlists/%1/start"_s.arg(playlists.first()));
    if (started.status != 200) {
        std::fprintf(stderr, "bench_storm: the box did not start playing: %d %s\n", started.status,
                     started.body.constData());
        return 1;
    }
    // The storm comes once the box has settled: its library read (the files compared with the database).
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!QTest::qWaitFor([&] { return server.output().contains(u"library sync:"_s); }, 120000)) {
        std::fprintf(stderr, "bench_storm: the box did not finish reading its library\n");
        return 1;
    }
    std::printf("reconnect storm: %d clients connect and join playlists at once; 1000 x 20 library, playing "
                "(library read %lld ms after the start)\n",
                clients, sinceStart.elapsed());
    std::printf("%-10s %8s %8s %23s %23s %8s %9s %23s\n", "transport", "joined", "ticking",
                "join p50/p99/max ms", "1st tick p50/p99/max ms", "cpu %", "peak MiB",
                "fan-out p50/p99/max ms");
    bool allInTime = true;
    for (const bool socketIo : {false, true}) {
        const StormFigures f = storm(server, socketIo, clients);
        allInTime = allInTime && f.joinedInTime == clients && f.tickingInTime == clients;
        const auto triple = [](const QList<double> &v) {
            return u"%1/%2/%3"_s.arg(percentile(v, 50), 0, 'f', 0)
                .arg(percentile(v, 99), 0, 'f', 0)
                .arg(percentile(v, 100), 0, 'f', 0);
        };
        const auto fine = [](const QList<double> &v) {
            return u"%1/%2/%3"_s.arg(percentile(v, 50), 0, 'f', 2)
                .arg(percentile(v, 99), 0, 'f', 2)
                .arg(percentile(v, 100), 0, 'f', 2);
        };
        std::printf("%-10s %4d/%-3d %4d/%-3d %23s %23s %8.1f %9.1f %23s\n", socketIo ? "Socket.IO" : "/ws",
                    f.joinedInTime, clients, f.tickingInTime, clients, qPrintable(triple(f.joinMs)),
                    qPrintable(triple(f.firstTickMs)), f.cpuPercent, double(f.peakRssKb) / 1024.0,
                    qPrintable(fine(f.fanOutMs)));
        std::fflush(stdout);
    }
    std::printf("joined/ticking: within %d ms of the storm's start; fan-out: ticks from %d ms on\n", goalMs,
                fanOutFromMs);
    server.terminate();
    return allInTime ? 0 : 1;
}
