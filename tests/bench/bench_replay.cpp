// SPDX-License-Identifier: GPL-3.0-or-later
// Replay benchmark: a client that missed 1000 events sends sync:request. Measures how long the server takes
// to answer (StateManager alone, to a recording client) and the full round trip over a real /ws connection
// (request sent -> sync:complete received, all 1000 replayed frames included).
#include "percentile.h"
#include "realtimetestserver.h"
#include "recordingclient.h"
#include "wstestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Benchmarks report a wait that timed out and carry on: the figures then show it.
template<typename Condition> void waitOrWarn(Condition condition, int timeoutMs)
{
    if (!QTest::qWaitFor(condition, timeoutMs))
        std::fprintf(stderr, "a wait timed out after %d ms\n", timeoutMs);
}

constexpr int missed = 1000;

void publishBatch(StateManager &state)
{
    const QString description(400, u'd');
    for (int i = 0; i < missed; ++i) {
        const QJsonObject playlist {{u"id"_s, u"pl-%1"_s.arg(i)},
                                    {u"title"_s, u"Playlist %1"_s.arg(i)},
                                    {u"description"_s, description},
                                    {u"playlist_seq"_s, i + 1}};
        state.publishState(
            u"state:playlist_updated"_s,
            QJsonObject {{u"playlist_id"_s, playlist.value(u"id"_s)},
                         {u"playlist"_s, playlist},
                         {u"updates"_s, QJsonObject {{u"title"_s, playlist.value(u"title"_s)}}}},
            Audience::to({Rooms::playlists()}), {playlist.value(u"id"_s).toString(), i + 1});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    RealtimeTestServer server({25000, 20000, 1000000, 60, {1 << 30, 100000, 3, 100}},
                              {missed, 1000, 200, 150});
    if (!server.listen())
        return 1;

    server.state().publishFlat(u"warm_up"_s, {}, Audience::global()); // replay needs last_global_seq > 0
    QList<double> handling;
    QList<double> roundTrip;
    for (int round = 0; round < 7; ++round) {
        // Server side alone.
        RecordingClient recorder;
        const ClientId id = server.state().connectClient(&recorder);
        server.state().handleClientEvent(id, u"join:playlists"_s, QJsonObject());
        const qint64 last = server.state().currentSeq();
        publishBatch(server.state());
        recorder.events.clear();
        QElapsedTimer timer;
        timer.start();
        server.state().handleClientEvent(id, u"sync:request"_s, QJsonObject {{u"last_global_seq"_s, last}});
        handling.append(timer.nsecsElapsed() / 1e6);
        if (recorder.events.size() != missed + 1)
            std::fprintf(stderr, "expected %d replies, got %lld\n", missed + 1,
                         qlonglong(recorder.events.size()));
        server.state().disconnectClient(id);

        // Over a real WebSocket.
        WsTestClient client;
        client.open(server.url(u"/ws"_s));
        waitOrWarn([&] { return client.isConnected(); }, 5000);
        client.sendEvent(u"join:playlists"_s);
        waitOrWarn([&] { return client.hasEvent(u"ack:join"_s); }, 5000);
        const qint64 before = server.state().currentSeq();
        publishBatch(server.state());
        waitOrWarn([&] { return client.frames().size() >= missed + 4; },
                   30000); // it was online: discard
        const qsizetype mark = client.frames().size();
        // An event loop, not qWaitFor: that one sleeps 10 ms between looks.
        QEventLoop loop;
        QObject::connect(&client, &WsTestClient::frameReceived, &loop, [&](const QString &frame) {
            if (frame.startsWith(u"{\"event\":\"sync:complete\""_s))
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        timer.restart();
        client.sendEvent(u"sync:request"_s, {{u"last_global_seq"_s, before}});
        loop.exec();
        roundTrip.append(timer.nsecsElapsed() / 1e6);
        if (client.frames().size() - mark != missed + 1)
            std::fprintf(stderr, "expected %d frames, got %lld\n", missed + 1,
                         qlonglong(client.frames().size() - mark));
    }
    std::printf(
        "replay of %d missed events (state:playlist_updated, ~%d bytes each), median of %lld rounds:\n",
        missed, 600, qlonglong(handling.size()));
    std::printf("  server handling sync:request: %.2f ms\n", percentile(handling, 50));
    std::printf("  /ws round trip to sync:complete: %.2f ms\n", percentile(roundTrip, 50));
    return 0;
}
