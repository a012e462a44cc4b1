// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakesnapshotsource.h"
#include "manualclock.h"
#include "memorysequencestore.h"
#include "realtime/operationtracker.h"
#include "realtime/statemanager.h"
#include "recordingclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_StateManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_store = MemorySequenceStore();
        m_store.saved = 100;
        m_operations = std::make_unique<OperationTracker>(m_clock);
        m_state = std::make_unique<StateManager>(
            StateManager::Config {10, 1000, 200, 150},
            StateManager::Dependencies {&m_store, &m_snapshots, m_operations.get()});
        m_state->restoreSequence();
        m_a = RecordingClient(EventEnvelope::Transport::SocketIo, u"a"_s);
        m_b = RecordingClient(EventEnvelope::Transport::PlainWs, u"b"_s);
        m_idA = m_state->connectClient(&m_a);
        m_idB = m_state->connectClient(&m_b);
    }

    void cleanup() { m_state.reset(); }

    void stateEventsAreEnvelopedAndSequenced()
    {
        QSignalSpy published(m_state.get(), &StateManager::eventPublished);
        m_state->handleClientEvent(m_idA, u"join:playlists"_s, QJsonObject());
        m_a.events.clear();
        const qint64 seq = m_state->publishState(u"state:playlist_updated"_s, QJsonObject {{u"x"_s, 1}},
                                                 Audience::to({Rooms::playlists()}), {u"pl"_s, 3});
        QCOMPARE(seq, 101); // continues after the saved ceiling
        QCOMPARE(m_state->currentSeq(), 101);
        QCOMPARE(m_a.names(), QStringList {u"state:playlist_updated"_s});
        QVERIFY(m_b.events.isEmpty()); // not in the room
        const QJsonObject payload = m_a.last()->payload();
        QCOMPARE(payload.value(u"event_type"_s).toString(), u"state:playlist_updated"_s);
        QCOMPARE(payload.value(u"server_seq"_s).toInteger(), 101);
        QCOMPARE(payload.value(u"playlist_seq"_s).toInteger(), 3);
        QCOMPARE(published.size(), 1);
        QCOMPARE(published[0][1].toJsonObject(), payload);
        QCOMPARE(m_state->outbox().newestSeq(), 101);
    }

    void flatEventsCarrySeqAndTimestamp()
    {
        const qint64 seq = m_state->publishFlat(u"nfc_association_state"_s, {{u"state"_s, u"waiting"_s}},
                                                Audience::global());
        for (const RecordingClient *client : {&m_a, &m_b}) {
            const QJsonObject payload = client->last()->payload();
            QCOMPARE(payload.value(u"state"_s).toString(), u"waiting"_s);
            QCOMPARE(payload.value(u"server_seq"_s).toInteger(), seq);
            QVERIFY(payload.contains(u"timestamp"_s));
        }
        QCOMPARE(m_a.last().get(), m_b.last().get()); // built once for every recipient
    }

    void positionCarriesTheCurrentSeqAndIsNotKept()
    {
        m_state->handleClientEvent(m_idA, u"join:playlists"_s, QJsonObject());
        const qint64 seq = m_state->publishFlat(u"x"_s, {}, Audience::global());
        m_state->publishPosition({{u"position_ms"_s, 400}});
        QCOMPARE(m_state->currentSeq(), seq);
        QCOMPARE(m_a.last()->payload().value(u"server_seq"_s).toInteger(), seq);
        QVERIFY(m_a.last()->isPosition());
        QCOMPARE(m_state->outbox().size(), 1);
        QCOMPARE(m_state->stats().value(u"position"_s).toObject().value(u"emitted_total"_s).toInt(), 1);
        QCOMPARE(m_b.names(), QStringList {u"x"_s}); // not in playlists
    }

    void eventToSeveralRoomsArrivesOnce()
    {
        m_state->handleClientEvent(m_idA, u"join:playlists"_s, QJsonObject());
        m_state->handleClientEvent(m_idA, u"join:nfc"_s, QJsonObject());
        m_a.events.clear();
        m_state->publishState(u"state:nfc_unknown_tag"_s, QJsonObject {{u"tag_id"_s, u"04a1"_s}},
                              Audience::to({Rooms::playlists(), Rooms::nfc()}));
        QCOMPARE(m_a.events.size(), 1);
    }

    void deletedPlaylistRoomIsEmptied()
    {
        m_snapshots.playlists.insert(u"pl"_s, {{u"id"_s, u"pl"_s}, {u"playlist_seq"_s, 1}});
        m_state->handleClientEvent(m_idB, u"join:playlist"_s, QJsonObject {{u"playlist_id"_s, u"pl"_s}});
        QVERIFY(m_state->subscriptions().isMember(m_idB, Rooms::playlist(u"pl"_s)));
        m_state->publishState(u"state:playlist_deleted"_s, QJsonObject {{u"playlist_id"_s, u"pl"_s}},
                              Audience::to({Rooms::playlists(), Rooms::playlist(u"pl"_s)}), {u"pl"_s, 2});
        QCOMPARE(m_b.last()->name(), u"state:playlist_deleted"_s);
        QVERIFY(!m_state->subscriptions().isMember(m_idB, Rooms::playlist(u"pl"_s)));
    }

    void connectionStatusPayload()
    {
        const QJsonObject status = m_state->connectionStatus(u"sid1"_s);
        QCOMPARE(status.value(u"status"_s).toString(), u"connected"_s);
        QCOMPARE(status.value(u"sid"_s).toString(), u"sid1"_s);
        QCOMPARE(status.value(u"epoch"_s).toString(), m_state->epoch());
        QCOMPARE(status.value(u"server_seq"_s).toInteger(), m_state->currentSeq());
    }

    void statsCountClientsRoomsAndDrops()
    {
        m_state->handleClientEvent(m_idA, u"join:playlists"_s, QJsonObject());
        m_state->publishFlat(u"x"_s, {}, Audience::global());
        m_state->disconnectClient(m_idB, true);
        const QJsonObject stats = m_state->stats();
        QCOMPARE(stats.value(u"connected_clients"_s).toInt(), 1);
        QCOMPARE(stats.value(u"clients"_s).toObject(), (QJsonObject {{u"socketio"_s, 1}, {u"ws"_s, 0}}));
        QCOMPARE(stats.value(u"rooms"_s).toObject(), (QJsonObject {{u"playlists"_s, 1}}));
        QCOMPARE(stats.value(u"dropped_clients_total"_s).toInt(), 1);
        QCOMPARE(stats.value(u"global_seq"_s).toInteger(), 101);
        const QJsonObject outbox = stats.value(u"outbox"_s).toObject();
        QCOMPARE(outbox.value(u"size"_s).toInt(), 1);
        QCOMPARE(outbox.value(u"limit"_s).toInt(), 10);
        QCOMPARE(outbox.value(u"oldest_seq"_s).toInteger(), 101);
        for (const QString &key :
             {u"server_time"_s, u"uptime_s"_s, u"epoch"_s, u"operations_cached"_s, u"position"_s})
            QVERIFY2(stats.contains(key), qPrintable(key));
        m_state->setPositionStatsProvider([] { return QJsonObject {{u"circuit_open"_s, true}}; });
        QCOMPARE(m_state->stats().value(u"position"_s).toObject().value(u"circuit_open"_s).toBool(), true);
    }

    void disconnectedClientGetsNothing()
    {
        m_state->disconnectClient(m_idB);
        const int before = int(m_b.events.size());
        m_state->publishFlat(u"x"_s, {}, Audience::global());
        QCOMPARE(int(m_b.events.size()), before);
        QVERIFY(m_state->handleClientEvent(m_idB, u"client_ping"_s, QJsonObject()).isEmpty());
    }

    void sequenceIsFlushedOnDestruction()
    {
        m_state->publishFlat(u"x"_s, {}, Audience::global());
        m_state->publishFlat(u"x"_s, {}, Audience::global());
        m_state.reset();
        QCOMPARE(m_store.saved, 102);
    }

private:
    MemorySequenceStore m_store;
    FakeSnapshotSource m_snapshots;
    ManualClock m_clock;
    std::unique_ptr<OperationTracker> m_operations;
    std::unique_ptr<StateManager> m_state;
    RecordingClient m_a;
    RecordingClient m_b;
    ClientId m_idA = 0;
    ClientId m_idB = 0;
};

QTEST_GUILESS_MAIN(tst_StateManager)
#include "tst_statemanager.moc"
