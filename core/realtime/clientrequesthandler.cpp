// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientrequesthandler.h"

#include "clientsubscriptionmanager.h"
#include "common/compactjson.h"
#include "common/errortranslation.h"
#include "common/fieldvalidator.h"
#include "common/ids.h"
#include "common/serviceerror.h"
#include "common/timeformat.h"
#include "eventoutbox.h"
#include "operationtracker.h"
#include "sequencegenerator.h"
#include "snapshotsource.h"
#include "system/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Used until the composition root provides the real one: an empty box.
class EmptySnapshots final : public SnapshotSource
{
public:
    PlaylistSummaries playlistSummaries() const override { return {}; }
    QJsonObject playerState() const override { return {}; }
    QJsonObject trackPosition() const override { return {}; }
    std::optional<QJsonObject> playlist(const QString &) const override { return std::nullopt; }
    QJsonObject nfcStatus() const override { return {}; }
};

const SnapshotSource &orEmpty(const SnapshotSource *source)
{
    static const EmptySnapshots empty;
    return source ? *source : empty;
}

QString playlistRoomId(const QString &room)
{
    return room.startsWith("playlist:"_L1) ? room.mid(9) : QString();
}

const QByteArray storedEventHeader = "x-socket-event";

} // namespace

ClientRequestHandler::ClientRequestHandler(Parts parts, Send send, std::function<QJsonObject()> stats)
    : m_parts(parts)
    , m_send(std::move(send))
    , m_stats(std::move(stats))
{ }

void ClientRequestHandler::registerOperation(const QString &event, Operation operation)
{
    m_operations.insert(event, std::move(operation));
}

qint64 ClientRequestHandler::current() const
{
    return m_parts.sequence.current();
}

QJsonObject ClientRequestHandler::handle(ClientId client, const QString &event, const QJsonValue &payload)
{
    if (!payload.isUndefined() && !payload.isNull() && !payload.isObject())
        return errorOp(
            client, event,
            {ErrorType::BadRequest,
             QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the payload must be a JSON object")),
             {}});
    const QJsonObject data = payload.toObject();

    if (event == "join:playlists"_L1)
        return joinPlaylists(client);
    if (event == "join:playlist"_L1)
        return joinPlaylist(client, data);
    if (event == "join:nfc"_L1)
        return joinNfc(client);
    if (event.startsWith("leave:"_L1))
        return leave(client, event, data);
    if (event == "sync:request"_L1)
        return sync(client, data);
    if (event == "client:request_current_state"_L1)
        return currentState(client, data);
    if (event == "client_ping"_L1)
        return ping(client, data);
    if (event == "health_check"_L1)
        return reply(client, u"health_status"_s, m_stats ? m_stats() : QJsonObject());
    if (m_operations.contains(event))
        return runOperation(client, event, data);
    qCDebug(lcRealtime) << "client" << client << "sent an unknown event" << event;
    return errorOp(client, event,
                   {ErrorType::BadRequest,
                    QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unknown event: %1")).arg(event),
                    {}});
}

EventPtr ClientRequestHandler::playlistsSnapshot() const
{
    // Every change to the library is published, so an unchanged server_seq means an unchanged snapshot.
    if (m_sharedPlaylists && m_sharedPlaylists->seq() == current()
        && !m_sharedPlaylistsAge.hasExpired(sharedSnapshotMs))
        return m_sharedPlaylists;
    // Assembled from the summaries' JSON bytes: no value of the list is converted or parsed here.
    const SnapshotSource::PlaylistSummaries summaries = orEmpty(m_parts.snapshots).playlistSummaries();
    CompactJson data = CompactJson()
                           .insertJson(u"playlists"_s, summaries.json)
                           .insert(u"reason"_s, u"snapshot"_s)
                           .insert(u"total"_s, summaries.total);
    const QJsonObject envelope
        = EventEnvelope::stateEnvelope(u"state:playlists"_s, QJsonValue::Undefined, current());
    m_sharedPlaylists = EventEnvelope::makeFromJson(
        u"state:playlists"_s, CompactJson(envelope).insertObject(u"data"_s, std::move(data)).toJson(), {},
        current(), EventEnvelope::Kind::Current);
    m_sharedPlaylistsAge.start();
    return m_sharedPlaylists;
}

EventPtr ClientRequestHandler::playerSnapshot() const
{
    const QJsonObject state = orEmpty(m_parts.snapshots).playerState();
    return EventEnvelope::make(u"state:player"_s,
                               EventEnvelope::stateEnvelope(u"state:player"_s, state, current()), {},
                               current(), EventEnvelope::Kind::Current);
}

EventPtr ClientRequestHandler::playlistSnapshot(const QJsonObject &playlist) const
{
    const PlaylistScope scope {playlist.value(u"id"_s).toString(),
                               playlist.value(u"playlist_seq"_s).toInteger()};
    return EventEnvelope::make(u"state:playlist"_s,
                               EventEnvelope::stateEnvelope(u"state:playlist"_s, playlist, current(), scope),
                               {}, current(), EventEnvelope::Kind::Current);
}

EventPtr ClientRequestHandler::nfcSnapshot() const
{
    QJsonObject status = orEmpty(m_parts.snapshots).nfcStatus();
    status.insert(u"server_seq"_s, current());
    status.insert(u"timestamp"_s, TimeFormat::nowUnixMs());
    return EventEnvelope::make(u"nfc_status"_s, status, {}, current(), EventEnvelope::Kind::Current);
}

QJsonObject ClientRequestHandler::joinPlaylists(ClientId client)
{
    m_parts.subscriptions.join(client, Rooms::playlists());
    m_send(client, playlistsSnapshot());
    m_send(client, playerSnapshot());
    return reply(client, u"ack:join"_s,
                 {{u"room"_s, Rooms::playlists()}, {u"success"_s, true}, {u"server_seq"_s, current()}});
}

QJsonObject ClientRequestHandler::joinPlaylist(ClientId client, const QJsonObject &payload)
{
    FieldValidator fields(payload);
    const std::optional<QString> id = fields.id(u"playlist_id"_s, FieldValidator::Required);
    if (!fields.ok())
        return joinFailed(client, {}, fields.error());
    const std::optional<QJsonObject> playlist = orEmpty(m_parts.snapshots).playlist(*id);
    if (!playlist)
        return joinFailed(
            client, Rooms::playlist(*id),
            ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")), *id));
    m_parts.subscriptions.join(client, Rooms::playlist(*id));
    const EventPtr snapshot = playlistSnapshot(*playlist);
    m_send(client, snapshot);
    return reply(client, u"ack:join"_s,
                 {{u"room"_s, Rooms::playlist(*id)},
                  {u"success"_s, true},
                  {u"server_seq"_s, current()},
                  {u"playlist_id"_s, *id},
                  {u"playlist_seq"_s, playlist->value(u"playlist_seq"_s).toInteger()}});
}

QJsonObject ClientRequestHandler::joinNfc(ClientId client)
{
    m_parts.subscriptions.join(client, Rooms::nfc());
    m_send(client, nfcSnapshot());
    return reply(client, u"ack:join"_s,
                 {{u"room"_s, Rooms::nfc()}, {u"success"_s, true}, {u"server_seq"_s, current()}});
}

QJsonObject ClientRequestHandler::joinFailed(ClientId client, const QString &room, const ServiceError &error)
{
    QJsonObject ack {{u"success"_s, false},
                     {u"error_type"_s, errorTypeName(error.type)},
                     {u"message"_s, ErrorTranslation::message(error.message)},
                     {u"server_seq"_s, current()}};
    if (!room.isEmpty())
        ack.insert(u"room"_s, room);
    return reply(client, u"ack:join"_s, ack);
}

QJsonObject ClientRequestHandler::leave(ClientId client, const QString &event, const QJsonObject &payload)
{
    QString room;
    if (event == "leave:playlists"_L1) {
        room = Rooms::playlists();
    } else if (event == "leave:nfc"_L1) {
        room = Rooms::nfc();
    } else if (event == "leave:playlist"_L1) {
        FieldValidator fields(payload);
        const std::optional<QString> id = fields.id(u"playlist_id"_s, FieldValidator::Required);
        if (!fields.ok()) {
            const ServiceError error = fields.error();
            return reply(client, u"ack:leave"_s,
                         {{u"success"_s, false},
                          {u"error_type"_s, errorTypeName(error.type)},
                          {u"message"_s, error.message}});
        }
        room = Rooms::playlist(*id);
    } else {
        return errorOp(client, event,
                       {ErrorType::BadRequest,
                        QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unknown event: %1")).arg(event),
                        {}});
    }
    m_parts.subscriptions.leave(client, room);
    return reply(client, u"ack:leave"_s, {{u"room"_s, room}, {u"success"_s, true}});
}

QJsonObject ClientRequestHandler::sync(ClientId client, const QJsonObject &payload)
{
    FieldValidator fields(payload);
    const qint64 last
        = fields
              .integer(u"last_global_seq"_s, FieldValidator::Optional, 0, std::numeric_limits<qint64>::max())
              .value_or(0);
    if (!fields.ok())
        return errorOp(client, u"sync:request"_s, fields.error());

    const qint64 now = current();
    const QStringList rooms = m_parts.subscriptions.rooms(client);
    int replayed = 0;
    bool snapshot = false;
    if (last < now) {
        if (last > 0 && m_parts.outbox.covers(last, now)) {
            const QList<EventPtr> missed = m_parts.outbox.since(last);
            for (const EventPtr &event : missed) {
                if (m_parts.subscriptions.reaches(client, event->audience())) {
                    m_send(client, event);
                    ++replayed;
                }
            }
        } else {
            sendSnapshots(client, rooms);
            snapshot = true;
        }
    }
    return reply(client, u"sync:complete"_s,
                 {{u"current_global_seq"_s, now},
                  {u"synced_rooms"_s, QJsonArray::fromStringList(rooms)},
                  {u"replayed"_s, replayed},
                  {u"snapshot"_s, snapshot}});
}

int ClientRequestHandler::sendSnapshots(ClientId client, const QStringList &rooms)
{
    int sent = 0;
    if (rooms.contains(Rooms::playlists())) {
        m_send(client, playlistsSnapshot());
        m_send(client, playerSnapshot());
        sent += 2;
    }
    for (const QString &room : rooms) {
        const QString id = playlistRoomId(room);
        if (id.isEmpty())
            continue;
        if (const std::optional<QJsonObject> playlist = orEmpty(m_parts.snapshots).playlist(id)) {
            m_send(client, playlistSnapshot(*playlist));
            ++sent;
        }
    }
    if (rooms.contains(Rooms::nfc())) {
        m_send(client, nfcSnapshot());
        ++sent;
    }
    return sent;
}

QJsonObject ClientRequestHandler::currentState(ClientId client, const QJsonObject &payload)
{
    const EventPtr player = playerSnapshot();
    m_send(client, player);
    const QJsonArray requested = payload.value(u"requested_states"_s).toArray();
    if (requested.contains(u"track_position"_s)) {
        const QJsonObject position = orEmpty(m_parts.snapshots).trackPosition();
        if (position.value(u"track_id"_s).isString()) {
            m_send(client,
                   EventEnvelope::make(
                       u"state:track_position"_s,
                       EventEnvelope::stateEnvelope(u"state:track_position"_s, position, current()), {},
                       current(), EventEnvelope::Kind::Current));
        }
    }
    return player->payload();
}

QJsonObject ClientRequestHandler::ping(ClientId client, const QJsonObject &payload)
{
    const QJsonValue timestamp = payload.value(u"timestamp"_s);
    return reply(client, u"client_pong"_s,
                 {{u"timestamp"_s, timestamp.isDouble() ? timestamp : QJsonValue(TimeFormat::nowUnixMs())},
                  {u"server_time"_s, TimeFormat::nowUnixSeconds()},
                  {u"server_seq"_s, current()}});
}

QJsonObject ClientRequestHandler::runOperation(ClientId client, const QString &event,
                                               const QJsonObject &payload)
{
    QString clientOpId;
    const QJsonValue opId = payload.value(u"client_op_id"_s);
    if (!opId.isUndefined() && !opId.isNull()) {
        if (!opId.isString() || !Ids::isValidClientOpId(opId.toString())) {
            return errorOp(client, event,
                           ServiceError::validation(
                               u"client_op_id"_s,
                               QString::fromUtf8(QT_TRANSLATE_NOOP(
                                   "ServiceError",
                                   "client_op_id must be 1 to 100 characters of A-Z, a-z, 0-9, _ and -"))));
        }
        clientOpId = opId.toString();
    }
    if (m_gate) {
        if (const std::optional<ServiceError> refused = m_gate(client, event))
            return errorOp(client, event, *refused, clientOpId);
    }

    const QString fingerprint = u"socket:"_s + event;
    if (!clientOpId.isEmpty() && m_parts.operations) {
        OperationTracker::Stored stored;
        switch (m_parts.operations->lookup(clientOpId, fingerprint, &stored)) {
        case OperationTracker::Lookup::Replay: {
            QString name = u"ack:op"_s;
            for (const auto &[header, value] : std::as_const(stored.headers)) {
                if (header == storedEventHeader)
                    name = QString::fromUtf8(value);
            }
            return reply(client, name, QJsonDocument::fromJson(stored.body).object());
        }
        case OperationTracker::Lookup::Conflict:
            return errorOp(client, event,
                           ServiceError::conflict(
                               QString::fromUtf8(QT_TRANSLATE_NOOP(
                                   "ServiceError", "client_op_id was already used for another operation")),
                               {{u"client_op_id"_s, clientOpId}}),
                           clientOpId);
        case OperationTracker::Lookup::Unknown:
            break;
        }
    }

    const Result<QJsonObject> result = m_operations.value(event)(client, payload);
    QString name;
    QJsonObject answer;
    int status = 200;
    if (result.ok()) {
        name = u"ack:op"_s;
        answer = {{u"success"_s, true}, {u"server_seq"_s, current()}, {u"data"_s, result.value()}};
        if (!clientOpId.isEmpty())
            answer.insert(u"client_op_id"_s, clientOpId);
    } else {
        name = u"err:op"_s;
        answer = errorOpPayload(event, result.error(), clientOpId);
        status = httpStatusFor(result.error().type);
    }
    if (!clientOpId.isEmpty() && m_parts.operations) {
        m_parts.operations->remember(clientOpId,
                                     {fingerprint,
                                      status,
                                      QJsonDocument(answer).toJson(QJsonDocument::Compact),
                                      {{storedEventHeader, name.toUtf8()}}});
    }
    return reply(client, name, answer);
}

QJsonObject ClientRequestHandler::reply(ClientId client, const QString &event, const QJsonObject &payload)
{
    m_send(client, EventEnvelope::make(event, payload, {}, current(), EventEnvelope::Kind::Current));
    return payload;
}

QJsonObject ClientRequestHandler::errorOpPayload(const QString &event, const ServiceError &error,
                                                 const QString &clientOpId) const
{
    QJsonObject payload {{u"success"_s, false},
                         {u"server_seq"_s, current()},
                         {u"event"_s, event.isEmpty() ? QJsonValue() : QJsonValue(event)},
                         {u"error_type"_s, errorTypeName(error.type)},
                         // The person reading it gets the box's language, as from the HTTP edge; the log
                         // keeps the English.
                         {u"message"_s, ErrorTranslation::message(error.message)}};
    if (!error.details.isEmpty())
        payload.insert(u"details"_s, ErrorTranslation::details(error.details));
    qCInfo(lcRealtime).noquote() << "err:op" << (event.isEmpty() ? u"-"_s : event)
                                 << errorTypeName(error.type) << error.message;
    if (!clientOpId.isEmpty())
        payload.insert(u"client_op_id"_s, clientOpId);
    return payload;
}

QJsonObject ClientRequestHandler::errorOp(ClientId client, const QString &event, const ServiceError &error,
                                          const QString &clientOpId)
{
    return reply(client, u"err:op"_s, errorOpPayload(event, error, clientOpId));
}
