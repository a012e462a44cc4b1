// SPDX-License-Identifier: GPL-3.0-or-later
#include "statemanager.h"

#include "common/ids.h"
#include "common/timeformat.h"

using namespace Qt::StringLiterals;

StateManager::StateManager(QObject *parent)
    : QObject(parent)
    , m_epoch(Ids::newUuid())
{ }

StateManager::~StateManager() = default;

qint64 StateManager::publishState(const QString &event, const QJsonValue &data, const Audience &audience,
                                  const PlaylistScope &scope, const QJsonObject &extra)
{
    const qint64 seq = ++m_seq;
    QJsonObject envelope = extra;
    envelope.insert(u"event_type"_s, event);
    envelope.insert(u"server_seq"_s, seq);
    envelope.insert(u"data"_s, data);
    envelope.insert(u"timestamp"_s, TimeFormat::nowUnixMs());
    envelope.insert(u"event_id"_s, Ids::newUuid());
    if (scope.isSet()) {
        envelope.insert(u"playlist_id"_s, scope.playlistId);
        envelope.insert(u"playlist_seq"_s, scope.playlistSeq);
    }
    Q_EMIT eventPublished(event, envelope, audience, seq);
    return seq;
}

qint64 StateManager::publishFlat(const QString &event, QJsonObject payload, const Audience &audience)
{
    const qint64 seq = ++m_seq;
    payload.insert(u"server_seq"_s, seq);
    payload.insert(u"timestamp"_s, TimeFormat::nowUnixMs());
    Q_EMIT eventPublished(event, payload, audience, seq);
    return seq;
}

void StateManager::publishPosition(const QJsonObject &data)
{
    QJsonObject envelope {{u"event_type"_s, u"state:track_position"_s},
                          {u"server_seq"_s, m_seq},
                          {u"data"_s, data},
                          {u"timestamp"_s, TimeFormat::nowUnixMs()},
                          {u"event_id"_s, Ids::newUuid()}};
    Q_EMIT eventPublished(u"state:track_position"_s, envelope, Audience::to({Rooms::playlists()}), m_seq);
}

void StateManager::registerOperation(const QString &event, Operation operation)
{
    m_operations.insert(event, std::move(operation));
}

qint64 StateManager::currentSeq() const
{
    return m_seq;
}

QString StateManager::epoch() const
{
    return m_epoch;
}

QJsonObject StateManager::stats() const
{
    return {
        {u"server_time"_s, TimeFormat::nowUnixSeconds()}, {u"epoch"_s, m_epoch}, {u"global_seq"_s, m_seq}};
}
