// SPDX-License-Identifier: GPL-3.0-or-later
// Flood benchmark: a normal client's request latency while abusive clients hammer the real box. The box runs
// with its default limits; the flood runs in a child process (this binary with --flood) so that its work does
// not share the measuring client's event loop. The flood, from 127.0.0.10..29: idle sockets reopened as soon
// as they are closed (far more than the connection limits allow), slowloris heads, megabyte titles, deeply
// nested JSON, and WebSocket frames over the size limit. The normal client (127.0.0.2, one kept-alive HTTP
// connection and one /ws connection opened before the flood) measures GET /api/health and /ws
// client_ping round trips quiet and under the flood. Prints p50/p99/max and the p99 ratio (target: <= 2x).
//   bench_flood [--requests 300]
#include "percentile.h"
#include "processsample.h"
#include "rawconnection.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSocketNotifier>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int floodAddresses = 20;
constexpr int idlePerAddress = 40;
constexpr int slowlorisCount = 40;

QHostAddress floodAddress(int i)
{
    return QHostAddress(u"127.0.0.%1"_s.arg(10 + i % floodAddresses));
}

QByteArray badRequest(int kind)
{
    const QByteArray head = "POST /api/playlists HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    const QByteArray body = kind == 0
        ? QByteArray("{\"title\":\"" + QByteArray(1000000, 'x') + "\"}")
        : QByteArray("{\"title\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + '}');
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The abusive side, in its own process: keeps every kind of flood going until stdin closes.
int flood(quint16 port)
{
    std::vector<std::unique_ptr<RawConnection>> idle(floodAddresses * idlePerAddress);
    std::vector<std::unique_ptr<RawConnection>> slow(slowlorisCount);
    std::unique_ptr<RawConnection> bad, oversizeFrame;
    int round = 0;
    QTimer churn;
    QObject::connect(&churn, &QTimer::timeout, &churn, [&] {
        ++round;
        for (std::size_t i = 0; i < idle.size(); ++i) {
            if (!idle[i] || idle[i]->isClosed()) {
                idle[i] = std::make_unique<RawConnection>();
                idle[i]->connectTo(port, floodAddress(int(i)));
            }
        }
        for (std::size_t i = 0; i < slow.size(); ++i) {
            if (!slow[i] || slow[i]->isClosed()) {
                slow[i] = std::make_unique<RawConnection>();
                slow[i]->connectTo(port, floodAddress(int(i)));
                slow[i]->write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            } else {
                slow[i]->write("X");
            }
        }
        if (!bad || bad->isClosed() || bad->body()) {
            bad = std::make_unique<RawConnection>();
            bad->connectTo(port, floodAddress(round));
            bad->write(badRequest(round % 2));
        }
        if (!oversizeFrame || oversizeFrame->isClosed()) {
            oversizeFrame = std::make_unique<RawConnection>();
            oversizeFrame->connectTo(port, floodAddress(round + 1));
            oversizeFrame->requestUpgrade("/ws", port);
        } else if (oversizeFrame->upgraded()) {
            oversizeFrame->sendFrame(1, QByteArray(2 * 1000 * 1000, 'x'));
        }
        if (round == 5) {
            std::printf("flooding\n");
            std::fflush(stdout);
        }
    });
    churn.start(100);
    QSocketNotifier closed(0, QSocketNotifier::Read);
    QObject::connect(&closed, &QSocketNotifier::activated, &churn, [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

struct Figures
{
    double p50 = 0, p99 = 0, max = 0;
    int failures = 0;
};

Figures figures(std::vector<double> samples, int failures)
{
    if (samples.empty())
        return {0, 0, 0, failures};
    return {percentile(samples, 50), percentile(samples, 99), percentile(samples, 100), failures};
}

Figures measureHttp(QNetworkAccessManager &network, const QUrl &url, int requests)
{
    std::vector<double> samples;
    int failures = 0;
    for (int i = 0; i < requests; ++i) {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000)
            || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            ++failures;
            continue;
        }
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return figures(samples, failures);
}

Figures measureWs(WsTestClient &client, int requests)
{
    std::vector<double> samples;
    int failures = 0;
    for (int i = 0; i < requests; ++i) {
        const qsizetype before = client.frames().size();
        QElapsedTimer timer;
        timer.start();
        client.sendEvent(u"client_ping"_s);
        const auto ponged = [&] {
            for (qsizetype f = before; f < client.frames().size(); ++f) {
                if (client.frames().at(f).contains("client_pong"_L1))
                    return true;
            }
            return false;
        };
        if (!QTest::qWaitFor(ponged, 10000)) {
            ++failures;
            continue;
        }
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return figures(samples, failures);
}

void print(const char *phase, const char *what, const Figures &f)
{
    std::printf("%-7s %-16s %9.2f %9.2f %9.2f %9d\n", phase, what, f.p50, f.p99, f.max, f.failures);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (const qsizetype i = arguments.indexOf(u"--flood"_s); i > 0 && i + 1 < arguments.size())
        return flood(quint16(arguments.at(i + 1).toUInt()));
    int requests = 300;
    if (const qsizetype i = arguments.indexOf(u"--requests"_s); i > 0 && i + 1 < arguments.size())
        requests = arguments.at(i + 1).toInt();

    ServerProcess server({u"--nfc"_s, u"none"_s, u"--log-level"_s, u"error"_s});
    if (!server.start()) {
        std::fprintf(stderr, "the box did not start\n");
        return 1;
    }
    const QUrl health(server.baseUrl() + u"/api/health"_s);
    QNetworkAccessManager network;
    WsTestClient ws;
    ws.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port())));
    if (!QTest::qWaitFor([&ws] { return ws.isConnected(); }, 10000)) {
        std::fprintf(stderr, "the /ws client did not connect\n");
        return 1;
    }
    measureHttp(network, health, 20); // warm: the kept-alive connection exists before the flood

    std::printf(
        "normal client (kept-alive HTTP + /ws) against the box with default limits, %d requests each\n",
        requests);
    std::printf("%-7s %-16s %9s %9s %9s %9s\n", "phase", "request", "p50 ms", "p99 ms", "max ms", "failed");
    const Figures quietHttp = measureHttp(network, health, requests);
    const Figures quietWs = measureWs(ws, requests);
    print("quiet", "GET /api/health", quietHttp);
    print("quiet", "/ws client_ping", quietWs);

    QProcess flooder;
    flooder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    flooder.start(QCoreApplication::applicationFilePath(), {u"--flood"_s, QString::number(server.port())});
    if (!QTest::qWaitFor([&flooder] { return flooder.canReadLine(); }, 20000)) {
        std::fprintf(stderr, "the flood did not start\n");
        return 1;
    }
    const ProcessSample before = ProcessSample::of(server.process().processId());
    const Figures floodHttp = measureHttp(network, health, requests);
    const Figures floodWs = measureWs(ws, requests);
    const ProcessSample after = ProcessSample::of(server.process().processId());
    print("flood", "GET /api/health", floodHttp);
    print("flood", "/ws client_ping", floodWs);
    flooder.closeWriteChannel();
    flooder.waitForFinished(10000);

    const double httpRatio = quietHttp.p99 > 0 ? floodHttp.p99 / quietHttp.p99 : 0;
    const double wsRatio = quietWs.p99 > 0 ? floodWs.p99 / quietWs.p99 : 0;
    std::printf("p99 under flood / quiet: HTTP %.2fx, /ws %.2fx (target <= 2x); box RSS %lld kB -> %lld kB\n",
                httpRatio, wsRatio, before.rssKb, after.rssKb);
    return 0;
}
