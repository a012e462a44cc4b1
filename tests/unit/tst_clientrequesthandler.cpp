// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakesnapshotsource.h"
#include "manualclock.h"
#include "realtime/clientrequesthandler.h"
#include "realtime/clientsubscriptionmanager.h"
#include "realtime/eventoutbox.h"
#include "realtime/operationtracker.h"
#include "realtime/sequencegenerator.h"
#include "recordingclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ClientRequestHandler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_rooms = ClientSubscriptionManager();
        m_outbox = EventOutbox(5);
        m_sequence = SequenceGenerator();
        m_operations = std::make_unique<OperationTracker>(m_clock);
        m_snapshots = FakeSnapshotSource();
        m_snapshots.playlists.insert(
            u"pl"_s, {{u"id"_s, u"pl"_s}, {u"title"_s, u"Bedtime"_s}, {u"playlist_seq"_s, 4}});
        m_client = RecordingClient();
        m_rooms.addClient(1);
        m_handler = std::make_unique<ClientRequestHandler>(
            ClientRequestHandler::Parts {m_rooms, m_outbox, m_sequence, &m_snapshots, m_operations.get()},
            [this](ClientId, const EventPtr &event) { m_client.deliver(event); },
            [] {
                return QJsonObject {{u"connected_clients"_s, 1}};
            });
        m_runs = 0;
        m_handler->registerOperation(u"start_nfc_link"_s, [this](ClientId, const QJsonObject &payload) {
            ++m_runs;
            if (payload.value(u"playlist_id"_s).toString() == "missing"_L1)
                return Result<QJsonObject>(ServiceError::notFound(u"playlist"_s, u"missing"_s));
            return Result<QJsonObject>(QJsonObject {{u"session_id"_s, u"s1"_s}});
        });
    }

    void joinPlaylistsSendsSnapshotsThenAck()
    {
        publish(3);
        const QJsonObject ack = m_handler->handle(1, u"join:playlists"_s, QJsonValue());
        QCOMPARE(m_client.names(), (QStringList {u"state:playlists"_s, u"state:player"_s, u"ack:join"_s}));
        const QJsonObject playlists = parsed(m_client.events[0]);
        QCOMPARE(playlists.value(u"server_seq"_s).toInteger(), 3);
        QCOMPARE(playlists.value(u"data"_s).toObject().value(u"reason"_s).toString(), u"snapshot"_s);
        QCOMPARE(playlists.value(u"data"_s).toObject().value(u"total"_s).toInt(), 1);
        QCOMPARE(playlists.value(u"data"_s).toObject().value(u"playlists"_s).toArray().at(0).toObject(),
                 m_snapshots.playlists.value(u"pl"_s));
        // Assembled from bytes, written as QJsonDocument writes the same content.
        QCOMPARE(m_client.events[0]->json(), QJsonDocument(playlists).toJson(QJsonDocument::Compact));
        QCOMPARE(m_client.events[1]->payload().value(u"data"_s).toObject(), m_snapshots.player);
        QCOMPARE(ack,
                 (QJsonObject {{u"room"_s, u"playlists"_s}, {u"success"_s, true}, {u"server_seq"_s, 3}}));
        QVERIFY(m_rooms.isMember(1, Rooms::playlists()));
    }

    void clientsJoiningTogetherShareOneSnapshotUntilSomethingChanges()
    {
        publish(1);
        m_rooms.addClient(2);
        m_handler->handle(1, u"join:playlists"_s, QJsonValue());
        m_handler->handle(2, u"join:playlists"_s, QJsonValue());
        QCOMPARE(m_client.names().count(u"state:playlists"_s), 2);
        const EventPtr first = m_client.events[0];
        const EventPtr second = m_client.events[3];
        QCOMPARE(second->name(), u"state:playlists"_s);
        QCOMPARE(second.get(), first.get()); // built once, the same bytes for both

        // A published change moves server_seq: the next join gets a snapshot that includes it.
        m_snapshots.playlists.insert(u"new"_s, {{u"id"_s, u"new"_s}, {u"playlist_seq"_s, 1}});
        publish(1);
        m_handler->handle(1, u"join:playlists"_s, QJsonValue());
        const EventPtr third = m_client.events[6];
        QVERIFY(third.get() != first.get());
        QCOMPARE(parsed(third).value(u"server_seq"_s).toInteger(), 2);
        QCOMPARE(parsed(third).value(u"data"_s).toObject().value(u"total"_s).toInt(), 2);
    }

    void joinPlaylistSucceedsWithItsRevision()
    {
        const QJsonObject ack
            = m_handler->handle(1, u"join:playlist"_s, QJsonObject {{u"playlist_id"_s, u"pl"_s}});
        QCOMPARE(m_client.names(), (QStringList {u"state:playlist"_s, u"ack:join"_s}));
        QCOMPARE(m_client.events[0]->payload().value(u"playlist_id"_s).toString(), u"pl"_s);
        QCOMPARE(m_client.events[0]->payload().value(u"playlist_seq"_s).toInteger(), 4);
        QCOMPARE(ack.value(u"room"_s).toString(), u"playlist:pl"_s);
        QCOMPARE(ack.value(u"playlist_seq"_s).toInteger(), 4);
        QVERIFY(m_rooms.isMember(1, Rooms::playlist(u"pl"_s)));
    }

    void joinPlaylistFailuresAreAnsweredAndNotJoined_data()
    {
        QTest::addColumn<QJsonValue>("payload");
        QTest::addColumn<QString>("errorType");
        QTest::newRow("missing id") << QJsonValue(QJsonObject()) << u"validation_error"_s;
        QTest::newRow("wrong type") << QJsonValue(QJsonObject {{u"playlist_id"_s, 5}})
                                    << u"validation_error"_s;
        QTest::newRow("bad characters")
            << QJsonValue(QJsonObject {{u"playlist_id"_s, u"a b"_s}}) << u"validation_error"_s;
        QTest::newRow("unknown") << QJsonValue(QJsonObject {{u"playlist_id"_s, u"nope"_s}}) << u"not_found"_s;
    }
    void joinPlaylistFailuresAreAnsweredAndNotJoined()
    {
        QFETCH(QJsonValue, payload);
        QFETCH(QString, errorType);
        const QJsonObject ack = m_handler->handle(1, u"join:playlist"_s, payload);
        QCOMPARE(m_client.names(), QStringList {u"ack:join"_s});
        QCOMPARE(ack.value(u"success"_s).toBool(true), false);
        QCOMPARE(ack.value(u"error_type"_s).toString(), errorType);
        QVERIFY(!ack.value(u"message"_s).toString().isEmpty());
        QVERIFY(m_rooms.rooms(1).isEmpty());
    }

    void joinNfcAndLeave()
    {
        m_handler->handle(1, u"join:nfc"_s, QJsonObject());
        QCOMPARE(m_client.names(), (QStringList {u"nfc_status"_s, u"ack:join"_s}));
        QVERIFY(m_client.events[0]->payload().contains(u"server_seq"_s));
        QCOMPARE(m_handler->handle(1, u"leave:nfc"_s, QJsonObject()),
                 (QJsonObject {{u"room"_s, u"nfc"_s}, {u"success"_s, true}}));
        QCOMPARE(m_handler->handle(1, u"leave:nfc"_s, QJsonObject()).value(u"success"_s).toBool(), true);
        QCOMPARE(m_handler->handle(1, u"leave:playlist"_s, QJsonObject()).value(u"success"_s).toBool(true),
                 false);
        QVERIFY(m_rooms.rooms(1).isEmpty());
    }

    void syncReplaysWhatTheRingHolds()
    {
        m_rooms.join(1, Rooms::playlists());
        const QList<EventPtr> published = publish(4); // seqs 1..4; 3 goes to nfc only
        const QJsonObject done
            = m_handler->handle(1, u"sync:request"_s, QJsonObject {{u"last_global_seq"_s, 1}});
        QCOMPARE(m_client.names(), (QStringList {u"state:player"_s, u"state:player"_s, u"sync:complete"_s}));
        QCOMPARE(m_client.events[0].get(), published[1].get()); // byte-identical: the same envelope
        QCOMPARE(m_client.events[1].get(), published[3].get());
        QCOMPARE(done.value(u"replayed"_s).toInt(), 2);
        QCOMPARE(done.value(u"snapshot"_s).toBool(true), false);
        QCOMPARE(done.value(u"current_global_seq"_s).toInteger(), 4);
        QCOMPARE(done.value(u"synced_rooms"_s).toArray(), QJsonArray {u"playlists"_s});
    }

    void syncFallsBackToSnapshots_data()
    {
        QTest::addColumn<qint64>("last");
        QTest::newRow("absent (0)") << qint64(-1);
        QTest::newRow("older than the ring") << qint64(2);
    }
    void syncFallsBackToSnapshots()
    {
        QFETCH(qint64, last);
        m_rooms.join(1, Rooms::playlists());
        m_rooms.join(1, Rooms::playlist(u"pl"_s));
        m_rooms.join(1, Rooms::nfc());
        publish(10); // the ring keeps 6..10
        const QJsonObject payload = last < 0 ? QJsonObject() : QJsonObject {{u"last_global_seq"_s, last}};
        const QJsonObject done = m_handler->handle(1, u"sync:request"_s, payload);
        QCOMPARE(m_client.names(),
                 (QStringList {u"state:playlists"_s, u"state:player"_s, u"state:playlist"_s, u"nfc_status"_s,
                               u"sync:complete"_s}));
        QCOMPARE(done.value(u"snapshot"_s).toBool(), true);
        QCOMPARE(done.value(u"replayed"_s).toInt(), 0);
    }

    void syncUpToDateSendsOnlyComplete()
    {
        publish(2);
        const QJsonObject done
            = m_handler->handle(1, u"sync:request"_s, QJsonObject {{u"last_global_seq"_s, 2}});
        QCOMPARE(m_client.names(), QStringList {u"sync:complete"_s});
        QCOMPARE(done.value(u"snapshot"_s).toBool(true), false);
    }

    void syncWithABadSeqIsAnError()
    {
        const QJsonObject error
            = m_handler->handle(1, u"sync:request"_s, QJsonObject {{u"last_global_seq"_s, u"7"_s}});
        QCOMPARE(m_client.names(), QStringList {u"err:op"_s});
        QCOMPARE(error.value(u"event"_s).toString(), u"sync:request"_s);
        QCOMPARE(error.value(u"error_type"_s).toString(), u"validation_error"_s);
    }

    void currentStateAndPosition()
    {
        m_snapshots.position = {{u"position_ms"_s, 1200}, {u"track_id"_s, u"t1"_s}};
        const QJsonObject player
            = m_handler->handle(1, u"client:request_current_state"_s,
                                QJsonObject {{u"requested_states"_s, QJsonArray {u"track_position"_s}}});
        QCOMPARE(m_client.names(), (QStringList {u"state:player"_s, u"state:track_position"_s}));
        QCOMPARE(player.value(u"event_type"_s).toString(), u"state:player"_s);
        m_client.events.clear();
        m_snapshots.position = {{u"track_id"_s, QJsonValue::Null}};
        m_handler->handle(1, u"client:request_current_state"_s,
                          QJsonObject {{u"requested_states"_s, QJsonArray {u"track_position"_s}}});
        QCOMPARE(m_client.names(), QStringList {u"state:player"_s});
    }

    void pingAndHealth()
    {
        const QJsonObject pong = m_handler->handle(1, u"client_ping"_s, QJsonObject {{u"timestamp"_s, 123}});
        QCOMPARE(pong.value(u"timestamp"_s).toInt(), 123);
        QVERIFY(pong.contains(u"server_time"_s));
        QVERIFY(pong.contains(u"server_seq"_s));
        const QJsonObject health = m_handler->handle(1, u"health_check"_s, QJsonObject());
        QCOMPARE(health.value(u"connected_clients"_s).toInt(), 1);
        QCOMPARE(m_client.names(), (QStringList {u"client_pong"_s, u"health_status"_s}));
    }

    void unknownEventAndBadPayloadAreErrors()
    {
        const QJsonObject unknown = m_handler->handle(1, u"dance"_s, QJsonObject());
        QCOMPARE(unknown.value(u"error_type"_s).toString(), u"bad_request"_s);
        QCOMPARE(unknown.value(u"event"_s).toString(), u"dance"_s);
        QCOMPARE(unknown.value(u"success"_s).toBool(true), false);
        const QJsonObject notObject = m_handler->handle(1, u"join:playlists"_s, QJsonValue(u"x"_s));
        QCOMPARE(notObject.value(u"error_type"_s).toString(), u"bad_request"_s);
        QCOMPARE(m_client.names(), (QStringList {u"err:op"_s, u"err:op"_s}));
    }

    void operationsAnswerAckOrError()
    {
        const QJsonObject ack
            = m_handler->handle(1, u"start_nfc_link"_s, QJsonObject {{u"playlist_id"_s, u"pl"_s}});
        QCOMPARE(ack.value(u"success"_s).toBool(), true);
        QCOMPARE(ack.value(u"data"_s).toObject().value(u"session_id"_s).toString(), u"s1"_s);
        QVERIFY(!ack.contains(u"client_op_id"_s));
        const QJsonObject error
            = m_handler->handle(1, u"start_nfc_link"_s, QJsonObject {{u"playlist_id"_s, u"missing"_s}});
        QCOMPARE(error.value(u"error_type"_s).toString(), u"not_found"_s);
        QCOMPARE(error.value(u"details"_s).toObject().value(u"resource"_s).toString(), u"playlist"_s);
        QCOMPARE(m_client.names(), (QStringList {u"ack:op"_s, u"err:op"_s}));
        QCOMPARE(m_runs, 2);
    }

    void repeatedClientOpIdIsAnsweredNotRedone()
    {
        const QJsonObject payload {{u"playlist_id"_s, u"pl"_s}, {u"client_op_id"_s, u"op-1"_s}};
        const QJsonObject first = m_handler->handle(1, u"start_nfc_link"_s, payload);
        const QJsonObject second = m_handler->handle(1, u"start_nfc_link"_s, payload);
        QCOMPARE(m_runs, 1);
        QCOMPARE(second, first);
        QCOMPARE(first.value(u"client_op_id"_s).toString(), u"op-1"_s);
        QCOMPARE(m_client.events[1]->json(), m_client.events[0]->json());
        m_handler->registerOperation(u"stop_nfc_link"_s, [](ClientId, const QJsonObject &) {
            return Result<QJsonObject>(QJsonObject());
        });
        const QJsonObject conflict = m_handler->handle(1, u"stop_nfc_link"_s, payload);
        QCOMPARE(conflict.value(u"error_type"_s).toString(), u"conflict"_s);
        QCOMPARE(conflict.value(u"details"_s).toObject().value(u"client_op_id"_s).toString(), u"op-1"_s);
    }

    void invalidClientOpIdIsRejected()
    {
        const QJsonObject error = m_handler->handle(
            1, u"start_nfc_link"_s,
            QJsonObject {{u"playlist_id"_s, u"pl"_s}, {u"client_op_id"_s, u"no spaces"_s}});
        QCOMPARE(error.value(u"error_type"_s).toString(), u"validation_error"_s);
        QCOMPARE(m_runs, 0);
    }

private:
    // The state:playlists snapshot is built from JSON bytes and carries no parsed payload.
    static QJsonObject parsed(const EventPtr &event)
    {
        return QJsonDocument::fromJson(event->json()).object();
    }

    // Sequenced state:player events to `playlists`, except the third, which goes to `nfc`.
    QList<EventPtr> publish(int count)
    {
        QList<EventPtr> events;
        for (int i = 0; i < count; ++i) {
            const qint64 seq = m_sequence.next();
            const bool nfc = seq == 3;
            events.append(EventEnvelope::make(nfc ? u"nfc_status"_s : u"state:player"_s, {{u"n"_s, seq}},
                                              Audience::to({nfc ? Rooms::nfc() : Rooms::playlists()}), seq,
                                              EventEnvelope::Kind::Sequenced));
            m_outbox.append(events.last());
        }
        return events;
    }

    ClientSubscriptionManager m_rooms;
    EventOutbox m_outbox {5};
    SequenceGenerator m_sequence;
    ManualClock m_clock;
    std::unique_ptr<OperationTracker> m_operations;
    FakeSnapshotSource m_snapshots;
    RecordingClient m_client;
    std::unique_ptr<ClientRequestHandler> m_handler;
    int m_runs = 0;
};

QTEST_GUILESS_MAIN(tst_ClientRequestHandler)
#include "tst_clientrequesthandler.moc"
