// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience.h"
#include "common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

#include <functional>

// The one place where state changes become events (ARCHITECTURE.md): it stamps sequence numbers, wraps
// state:* events in their envelope, keeps S events for replay and routes everything to rooms. Services call
// publish*; transports (WebSocketGateway) deliver what it emits.
class StateManager : public QObject
{
    Q_OBJECT
public:
    using ClientId = quint64;
    // A client -> server operation (start_nfc_link, ...): the data of its ack:op, or the error for err:op.
    using Operation = std::function<Result<QJsonObject>(ClientId client, const QJsonObject &payload)>;

    explicit StateManager(QObject *parent = nullptr);
    ~StateManager() override;

    // A sequenced state:* event in the §5.3 envelope; `extra` adds top-level fields (track, track_numbers).
    qint64 publishState(const QString &event, const QJsonValue &data, const Audience &audience,
                        const PlaylistScope &scope = {}, const QJsonObject &extra = {});
    // A sequenced flat event: the payload plus server_seq and timestamp (ms).
    qint64 publishFlat(const QString &event, QJsonObject payload, const Audience &audience);
    // state:track_position to `playlists`: carries the current seq, never kept, coalesced for slow clients.
    void publishPosition(const QJsonObject &data);

    void registerOperation(const QString &event, Operation operation);

    qint64 currentSeq() const;
    QString epoch() const;
    QJsonObject stats() const;

Q_SIGNALS:
    // One emission, ready for the transports: the event name and the exact payload on the wire.
    void eventPublished(const QString &event, const QJsonObject &payload, const Audience &audience,
                        qint64 seq);

private:
    qint64 m_seq = 0;
    QString m_epoch;
    QHash<QString, Operation> m_operations;
};
