// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "eventenvelope.h"
#include "realtimeclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

class ClientSubscriptionManager;
class EventOutbox;
class OperationTracker;
class SequenceGenerator;
class SnapshotSource;
struct ServiceError;

// Answers what a connection asks for (PROTOCOL.md §5.5): joining and leaving rooms with their snapshots and
// acks, sync:request (replay from the ring or fresh snapshots, then sync:complete), the current state, ping
// and health, and the operations other services register (start_nfc_link, …) with client_op_id dedup. Every
// reply goes to the requester only, in the listed order; no failure is silent.
class ClientRequestHandler
{
public:
    using Operation = std::function<Result<QJsonObject>(ClientId client, const QJsonObject &payload)>;
    using Send = std::function<void(ClientId client, const EventPtr &event)>;
    // Asked before every registered operation (they all change something): an error refuses it with err:op.
    using OperationGate = std::function<std::optional<ServiceError>(ClientId client, const QString &event)>;

    struct Parts
    {
        ClientSubscriptionManager &subscriptions;
        EventOutbox &outbox;
        SequenceGenerator &sequence;
        SnapshotSource *snapshots = nullptr; // null: empty defaults
        OperationTracker *operations = nullptr; // null: no dedup
    };

    ClientRequestHandler(Parts parts, Send send, std::function<QJsonObject()> stats);

    void registerOperation(const QString &event, Operation operation);
    void setOperationGate(OperationGate gate) { m_gate = std::move(gate); }

    // Sends the replies and returns the payload of the final one (what a Socket.IO ack carries).
    QJsonObject handle(ClientId client, const QString &event, const QJsonValue &payload);

    // err:op for something that never became an event (a /ws frame that is not JSON, …).
    QJsonObject reject(ClientId client, const QString &event, const ServiceError &error)
    {
        return errorOp(client, event, error);
    }

    // Snapshot events (C: they carry the current server_seq). One state:playlists serves every client that
    // asks in the same moment (a reconnect storm): it is built again once server_seq moved or it is
    // sharedSnapshotMs old.
    static constexpr qint64 sharedSnapshotMs = 500;
    EventPtr playlistsSnapshot() const;
    EventPtr playerSnapshot() const;
    EventPtr playlistSnapshot(const QJsonObject &playlist) const;
    EventPtr nfcSnapshot() const;

private:
    QJsonObject joinPlaylists(ClientId client);
    QJsonObject joinPlaylist(ClientId client, const QJsonObject &payload);
    QJsonObject joinNfc(ClientId client);
    QJsonObject leave(ClientId client, const QString &event, const QJsonObject &payload);
    QJsonObject sync(ClientId client, const QJsonObject &payload);
    QJsonObject currentState(ClientId client, const QJsonObject &payload);
    QJsonObject ping(ClientId client, const QJsonObject &payload);
    QJsonObject runOperation(ClientId client, const QString &event, const QJsonObject &payload);

    QJsonObject reply(ClientId client, const QString &event, const QJsonObject &payload);
    QJsonObject errorOp(ClientId client, const QString &event, const ServiceError &error,
                        const QString &clientOpId = {});
    QJsonObject errorOpPayload(const QString &event, const ServiceError &error,
                               const QString &clientOpId) const;
    QJsonObject joinFailed(ClientId client, const QString &room, const ServiceError &error);
    int sendSnapshots(ClientId client, const QStringList &rooms);
    qint64 current() const;

    Parts m_parts;
    Send m_send;
    std::function<QJsonObject()> m_stats;
    QHash<QString, Operation> m_operations;
    OperationGate m_gate;
    mutable EventPtr m_sharedPlaylists;
    mutable QElapsedTimer m_sharedPlaylistsAge;
};
