// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistnotifier.h"

#include "library/playlistservice.h"
#include "statemanager.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

Audience playlistsRoom()
{
    return Audience::to({Rooms::playlists()});
}

} // namespace

PlaylistNotifier::PlaylistNotifier(PlaylistService &playlists, StateManager &state, QObject *parent)
    : QObject(parent)
    , m_playlists(playlists)
    , m_state(state)
{
    connect(&playlists, &PlaylistService::playlistCreated, this, &PlaylistNotifier::created);
    connect(&playlists, &PlaylistService::playlistUpdated, this, &PlaylistNotifier::updated);
    connect(&playlists, &PlaylistService::playlistDeleted, this, &PlaylistNotifier::deleted);
    connect(&playlists, &PlaylistService::tracksDeleted, this, &PlaylistNotifier::tracksDeleted);
    connect(&playlists, &PlaylistService::trackAdded, this, &PlaylistNotifier::trackAdded);
    connect(&playlists, &PlaylistService::trackUpdated, this, &PlaylistNotifier::trackUpdated);
}

void PlaylistNotifier::publishPlaylists(const QString &reason)
{
    QJsonObject data = m_playlists.playlistsSnapshot();
    data.insert(u"reason"_s, reason);
    m_state.publishState(u"state:playlists"_s, data, playlistsRoom());
}

void PlaylistNotifier::created(const Playlist &playlist)
{
    m_state.publishState(u"state:playlist_created"_s,
                         QJsonObject {{u"playlist_id"_s, playlist.id}, {u"playlist"_s, playlist.toJson()}},
                         playlistsRoom(), {playlist.id, playlist.playlistSeq});
}

void PlaylistNotifier::updated(const Playlist &playlist, const QJsonObject &updates)
{
    m_state.publishState(u"state:playlist_updated"_s,
                         QJsonObject {{u"playlist_id"_s, playlist.id},
                                      {u"playlist"_s, playlist.toJson()},
                                      {u"updates"_s, updates}},
                         playlistsRoom(), {playlist.id, playlist.playlistSeq});
    publishPlaylist(playlist);
}

void PlaylistNotifier::deleted(const QString &playlistId, qint64 lastPlaylistSeq)
{
    m_state.publishState(u"state:playlist_deleted"_s, QJsonObject {{u"playlist_id"_s, playlistId}},
                         Audience::to({Rooms::playlists(), Rooms::playlist(playlistId)}),
                         {playlistId, lastPlaylistSeq});
}

void PlaylistNotifier::tracksDeleted(const Playlist &playlist, const QList<int> &trackNumbers,
                                     const QStringList &trackIds)
{
    QJsonArray numbers;
    for (int n : trackNumbers)
        numbers.append(n);
    m_state.publishState(u"state:track_deleted"_s,
                         QJsonObject {{u"playlist_id"_s, playlist.id},
                                      {u"track_numbers"_s, numbers},
                                      {u"track_ids"_s, QJsonArray::fromStringList(trackIds)}},
                         playlistsRoom(), {playlist.id, playlist.playlistSeq},
                         {{u"track_numbers"_s, numbers}});
    publishPlaylist(playlist);
}

void PlaylistNotifier::trackAdded(const Playlist &playlist, const Track &track)
{
    m_state.publishState(
        u"state:track_added"_s, QJsonObject {{u"playlist_id"_s, playlist.id}, {u"track"_s, track.toJson()}},
        playlistsRoom(), {playlist.id, playlist.playlistSeq}, {{u"track"_s, track.toJson()}});
    publishPlaylist(playlist);
}

void PlaylistNotifier::trackUpdated(const Playlist &playlist, const Track &track, const QJsonObject &updates)
{
    m_state.publishState(
        u"state:track_updated"_s,
        QJsonObject {{u"playlist_id"_s, playlist.id}, {u"track"_s, track.toJson()}, {u"updates"_s, updates}},
        playlistsRoom(), {playlist.id, playlist.playlistSeq});
    publishPlaylist(playlist);
}

void PlaylistNotifier::publishPlaylist(const Playlist &playlist)
{
    m_state.publishState(u"state:playlist"_s, playlist.toJson(), Audience::to({Rooms::playlist(playlist.id)}),
                         {playlist.id, playlist.playlistSeq});
}
