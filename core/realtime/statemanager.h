// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience.h"
#include "clientrequesthandler.h"
#include "clientsubscriptionmanager.h"
#include "common/result.h"
#include "eventoutbox.h"
#include "realtimeclient.h"
#include "sendqueue.h"
#include "sequencegenerator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class OperationTracker;
class SequenceStore;
class SnapshotSource;

// The one place where state changes become events (ARCHITECTURE.md): it stamps sequence numbers, wraps
// state:* events in their envelope, keeps S events for replay and routes everything to rooms. Services call
// publish*; transports (WebSocketGateway) register their connections here and hand over what clients send.
// Its parts: SequenceGenerator, ClientSubscriptionManager, EventOutbox, ClientRequestHandler; the per-client
// send queues (SendQueue) belong to the connections.
class StateManager : public QObject
{
    Q_OBJECT
public:
    using ClientId = ::ClientId;
    // A client -> server operation (start_nfc_link, ...): the data of its ack:op, or the error for err:op.
    using Operation = ClientRequestHandler::Operation;

    struct Config
    {
        int outboxSizeLimit = 1000;
        qint64 sequenceBlockSize = 1000;
        int positionIntervalMs = 200; // reported in the stats
        int positionThrottleMs = 150;
    };
    struct Dependencies
    {
        SequenceStore *sequenceStore = nullptr; // null: numbers start at 1 every run (tests)
        SnapshotSource *snapshots = nullptr; // null: an empty box
        OperationTracker *operations = nullptr; // null: socket operations are not deduplicated
    };

    explicit StateManager(QObject *parent = nullptr);
    StateManager(const Config &config, const Dependencies &dependencies, QObject *parent = nullptr);
    ~StateManager() override;

    // A sequenced state:* event in the §5.3 envelope; `extra` adds top-level fields (track, track_numbers).
    qint64 publishState(const QString &event, const QJsonValue &data, const Audience &audience,
                        const PlaylistScope &scope = {}, const QJsonObject &extra = {});
    // A sequenced flat event: the payload plus server_seq and timestamp (ms).
    qint64 publishFlat(const QString &event, QJsonObject payload, const Audience &audience);
    // state:track_position to `playlists`: carries the current seq, never kept, coalesced for slow clients.
    void publishPosition(const QJsonObject &data);

    void registerOperation(const QString &event, Operation operation);
    // Asked before every registered operation with the connection that sent it; an error becomes err:op.
    void setOperationGate(
        std::function<std::optional<ServiceError>(const RealtimeClient &client, const QString &event)> gate);

    qint64 currentSeq() const;
    QString epoch() const;
    QJsonObject stats() const;

    // Connections (WebSocketGateway). The client must stay valid until disconnectClient().
    ClientId connectClient(RealtimeClient *client);
    // `dropped`: closed by the server for backpressure, failed writes or silence (counted in the stats).
    void disconnectClient(ClientId client, bool dropped = false);
    // The payload of connection_status for a new connection.
    QJsonObject connectionStatus(const QString &sid) const;
    // Replies go to the client through deliver(); returns the final reply's payload (for a Socket.IO ack).
    QJsonObject handleClientEvent(ClientId client, const QString &event, const QJsonValue &payload);

    // Reads the saved server_seq ceiling; call once the database is open.
    void restoreSequence();
    // Saves the exact server_seq so the next run continues without a gap (clean shutdown).
    void flushSequence();

    // Extra figures for stats().position from the position ticker (backend_failures, circuit_open, …).
    void setPositionStatsProvider(std::function<QJsonObject()> provider);
    void startStatsLogging(int intervalMs);
    void logStats() const;

    const SequenceGenerator &sequence() const { return m_sequence; }
    const ClientSubscriptionManager &subscriptions() const { return m_subscriptions; }
    const EventOutbox &outbox() const { return m_outbox; }
    DeliveryCounters &deliveryCounters() { return m_delivery; }
    ClientRequestHandler &requests() { return m_requests; }

Q_SIGNALS:
    // One emission, ready for the transports: the event name and the exact payload on the wire.
    void eventPublished(const QString &event, const QJsonObject &payload, const Audience &audience,
                        qint64 seq);
    void clientCountChanged(int connected);
    // A client asked for something; the keep-alives a page sends on its own (client_ping, health_check) do
    // not count.
    void clientActed();

private:
    void publish(const EventPtr &event);
    void deliver(ClientId client, const EventPtr &event);

    Config m_config;
    OperationTracker *m_operationTracker;
    QString m_epoch;
    SequenceGenerator m_sequence;
    ClientSubscriptionManager m_subscriptions;
    EventOutbox m_outbox;
    ClientRequestHandler m_requests;
    QHash<ClientId, RealtimeClient *> m_clients;
    ClientId m_nextClientId = 0;
    DeliveryCounters m_delivery;
    quint64 m_droppedTotal = 0;
    quint64 m_publishedTotal = 0;
    quint64 m_positionsEmitted = 0;
    qint64 m_lastPositionMs = -1;
    qint64 m_lastPositionIntervalMs = 0;
    QElapsedTimer m_uptime;
    QTimer m_statsTimer;
    std::function<QJsonObject()> m_positionStats;
};
