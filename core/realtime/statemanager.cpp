// SPDX-License-Identifier: GPL-3.0-or-later
#include "statemanager.h"

#include "common/ids.h"
#include "common/timeformat.h"
#include "operationtracker.h"
#include "system/logging.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

StateManager::StateManager(QObject *parent)
    : StateManager(Config {}, Dependencies {}, parent)
{ }

StateManager::StateManager(const Config &config, const Dependencies &dependencies, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_operationTracker(dependencies.operations)
    , m_epoch(Ids::newUuid())
    , m_sequence(dependencies.sequenceStore, config.sequenceBlockSize)
    , m_outbox(config.outboxSizeLimit)
    , m_requests(
          {m_subscriptions, m_outbox, m_sequence, dependencies.snapshots, dependencies.operations},
          [this](ClientId client, const EventPtr &event) { deliver(client, event); },
          [this] { return stats(); })
{
    m_uptime.start();
    connect(&m_statsTimer, &QTimer::timeout, this, &StateManager::logStats);
}

StateManager::~StateManager()
{
    flushSequence();
}

qint64 StateManager::publishState(const QString &event, const QJsonValue &data, const Audience &audience,
                                  const PlaylistScope &scope, const QJsonObject &extra)
{
    const qint64 seq = m_sequence.next();
    publish(EventEnvelope::make(event, EventEnvelope::stateEnvelope(event, data, seq, scope, extra), audience,
                                seq, EventEnvelope::Kind::Sequenced));
    if (scope.isSet()) {
        m_sequence.notePlaylistSeq(scope.playlistId, scope.playlistSeq);
        if (event == "state:playlist_deleted"_L1) {
            m_subscriptions.removeRoom(Rooms::playlist(scope.playlistId));
            m_sequence.forgetPlaylist(scope.playlistId);
        }
    }
    return seq;
}

qint64 StateManager::publishFlat(const QString &event, QJsonObject payload, const Audience &audience)
{
    const qint64 seq = m_sequence.next();
    payload.insert(u"server_seq"_s, seq);
    payload.insert(u"timestamp"_s, TimeFormat::nowUnixMs());
    publish(EventEnvelope::make(event, payload, audience, seq, EventEnvelope::Kind::Sequenced));
    return seq;
}

void StateManager::publishPosition(const QJsonObject &data)
{
    const qint64 seq = m_sequence.current();
    const QString name = u"state:track_position"_s;
    const qint64 now = m_uptime.elapsed();
    if (m_lastPositionMs >= 0)
        m_lastPositionIntervalMs = now - m_lastPositionMs;
    m_lastPositionMs = now;
    ++m_positionsEmitted;
    publish(EventEnvelope::make(name, EventEnvelope::stateEnvelope(name, data, seq),
                                Audience::to({Rooms::playlists()}), seq, EventEnvelope::Kind::Position));
}

void StateManager::publish(const EventPtr &event)
{
    ++m_publishedTotal;
    m_outbox.append(event);
    // A copy: a recipient that cannot keep up disconnects itself while we iterate.
    const QList<ClientId> recipients = m_subscriptions.recipients(event->audience());
    for (ClientId client : recipients)
        deliver(client, event);
    Q_EMIT eventPublished(event->name(), event->payload(), event->audience(), event->seq());
}

void StateManager::deliver(ClientId client, const EventPtr &event)
{
    if (RealtimeClient *connection = m_clients.value(client))
        connection->deliver(event);
}

void StateManager::registerOperation(const QString &event, Operation operation)
{
    m_requests.registerOperation(event, std::move(operation));
}

void StateManager::setOperationGate(
    std::function<std::optional<ServiceError>(const RealtimeClient &client, const QString &event)> gate)
{
    m_requests.setOperationGate([this, gate = std::move(gate)](
                                    ClientId client, const QString &event) -> std::optional<ServiceError> {
        const RealtimeClient *connection = m_clients.value(client);
        if (!connection)
            return ServiceError {ErrorType::Unauthorized,
                                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unknown connection")),
                                 {}};
        return gate(*connection, event);
    });
}

qint64 StateManager::currentSeq() const
{
    return m_sequence.current();
}

QString StateManager::epoch() const
{
    return m_epoch;
}

StateManager::ClientId StateManager::connectClient(RealtimeClient *client)
{
    const ClientId id = ++m_nextClientId;
    m_clients.insert(id, client);
    m_subscriptions.addClient(id);
    Q_EMIT clientCountChanged(int(m_clients.size()));
    return id;
}

void StateManager::disconnectClient(ClientId client, bool dropped)
{
    if (!m_clients.remove(client))
        return;
    m_subscriptions.removeClient(client);
    if (dropped)
        ++m_droppedTotal;
    Q_EMIT clientCountChanged(int(m_clients.size()));
}

QJsonObject StateManager::connectionStatus(const QString &sid) const
{
    return {{u"status"_s, u"connected"_s},
            {u"sid"_s, sid},
            {u"server_seq"_s, m_sequence.current()},
            {u"server_time"_s, TimeFormat::nowUnixSeconds()},
            {u"epoch"_s, m_epoch}};
}

QJsonObject StateManager::handleClientEvent(ClientId client, const QString &event, const QJsonValue &payload)
{
    if (!m_clients.contains(client))
        return {};
    if (event != "client_ping"_L1 && event != "health_check"_L1)
        Q_EMIT clientActed();
    return m_requests.handle(client, event, payload);
}

void StateManager::restoreSequence()
{
    m_sequence.restore();
}

void StateManager::flushSequence()
{
    m_sequence.flush();
}

void StateManager::setPositionStatsProvider(std::function<QJsonObject()> provider)
{
    m_positionStats = std::move(provider);
}

QJsonObject StateManager::stats() const
{
    int socketIo = 0;
    for (const RealtimeClient *client : m_clients)
        socketIo += client->transport() == EventEnvelope::Transport::SocketIo ? 1 : 0;
    QJsonObject rooms;
    const QMap<QString, int> sizes = m_subscriptions.roomSizes();
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        rooms.insert(it.key(), it.value());

    QJsonObject position {{u"interval_ms"_s, m_config.positionIntervalMs},
                          {u"throttle_ms"_s, m_config.positionThrottleMs},
                          {u"emitted_total"_s, qint64(m_positionsEmitted)},
                          {u"backend_failures"_s, 0},
                          {u"circuit_open"_s, false},
                          {u"last_interval_ms"_s, m_lastPositionIntervalMs}};
    if (m_positionStats) {
        const QJsonObject extra = m_positionStats();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            position.insert(it.key(), it.value());
    }

    return {
        {u"server_time"_s, TimeFormat::nowUnixSeconds()},
        {u"uptime_s"_s, m_uptime.elapsed() / 1000},
        {u"epoch"_s, m_epoch},
        {u"global_seq"_s, m_sequence.current()},
        {u"connected_clients"_s, int(m_clients.size())},
        {u"clients"_s, QJsonObject {{u"socketio"_s, socketIo}, {u"ws"_s, int(m_clients.size()) - socketIo}}},
        {u"rooms"_s, rooms},
        {u"dropped_clients_total"_s, qint64(m_droppedTotal)},
        {u"outbox"_s,
         QJsonObject {{u"size"_s, m_outbox.size()},
                      {u"limit"_s, m_outbox.limit()},
                      {u"oldest_seq"_s, m_outbox.oldestSeq()},
                      {u"newest_seq"_s, m_outbox.newestSeq()}}},
        {u"operations_cached"_s, m_operationTracker ? m_operationTracker->size() : 0},
        {u"position"_s, position},
        {u"delivery"_s,
         QJsonObject {{u"events_published"_s, qint64(m_publishedTotal)},
                      {u"frames_sent"_s, qint64(m_delivery.sent)},
                      {u"positions_coalesced"_s, qint64(m_delivery.coalesced)},
                      {u"write_retries"_s, qint64(m_delivery.retried)}}}};
}

void StateManager::startStatsLogging(int intervalMs)
{
    m_statsTimer.start(intervalMs);
}

void StateManager::logStats() const
{
    const QJsonObject s = stats();
    const QJsonObject outbox = s.value(u"outbox"_s).toObject();
    const QJsonObject delivery = s.value(u"delivery"_s).toObject();
    qCInfo(lcRealtime).nospace() << "stats: clients=" << s.value(u"connected_clients"_s).toInt()
                                 << " seq=" << m_sequence.current()
                                 << " outbox=" << outbox.value(u"size"_s).toInt() << '/'
                                 << outbox.value(u"limit"_s).toInt()
                                 << " published=" << delivery.value(u"events_published"_s).toInteger()
                                 << " sent=" << delivery.value(u"frames_sent"_s).toInteger()
                                 << " coalesced=" << delivery.value(u"positions_coalesced"_s).toInteger()
                                 << " dropped_clients=" << qint64(m_droppedTotal)
                                 << " operations_cached=" << s.value(u"operations_cached"_s).toInt();
}
