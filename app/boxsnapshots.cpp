// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxsnapshots.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

BoxSnapshots::BoxSnapshots(int defaultVolume, std::function<qint64()> currentSeq)
    : m_defaultVolume(defaultVolume)
    , m_currentSeq(std::move(currentSeq))
{ }

QJsonObject BoxSnapshots::playlistsSnapshot() const
{
    if (hooks.playlists)
        return hooks.playlists();
    return {{u"playlists"_s, QJsonArray()}, {u"total"_s, 0}};
}

QJsonObject BoxSnapshots::playerState() const
{
    if (hooks.playerState)
        return hooks.playerState();
    return {{u"is_playing"_s, false},
            {u"state"_s, u"stopped"_s},
            {u"active_playlist_id"_s, QJsonValue::Null},
            {u"active_playlist_title"_s, QJsonValue::Null},
            {u"active_track_id"_s, QJsonValue::Null},
            {u"active_track"_s, QJsonValue::Null},
            {u"track_index"_s, QJsonValue::Null},
            {u"track_count"_s, 0},
            {u"position_ms"_s, 0},
            {u"duration_ms"_s, 0},
            {u"can_prev"_s, false},
            {u"can_next"_s, false},
            {u"volume"_s, m_defaultVolume},
            {u"muted"_s, false},
            {u"shuffle"_s, false},
            {u"repeat"_s, u"none"_s},
            {u"server_seq"_s, m_currentSeq ? m_currentSeq() : 0}};
}

QJsonObject BoxSnapshots::trackPosition() const
{
    if (hooks.trackPosition)
        return hooks.trackPosition();
    return {{u"position_ms"_s, 0},
            {u"duration_ms"_s, 0},
            {u"is_playing"_s, false},
            {u"track_id"_s, QJsonValue::Null},
            {u"playlist_id"_s, QJsonValue::Null}};
}

std::optional<QJsonObject> BoxSnapshots::playlist(const QString &playlistId) const
{
    if (hooks.playlist)
        return hooks.playlist(playlistId);
    return std::nullopt;
}

QJsonObject BoxSnapshots::nfcStatus() const
{
    if (hooks.nfcStatus)
        return hooks.nfcStatus();
    return {{u"reader"_s,
             QJsonObject {{u"available"_s, false},
                          {u"kind"_s, u"none"_s},
                          {u"port"_s, QJsonValue::Null},
                          {u"last_error"_s, QJsonValue::Null}}},
            {u"current_tag_id"_s, QJsonValue::Null},
            {u"association_mode"_s, false},
            {u"active_sessions"_s, QJsonArray()}};
}
