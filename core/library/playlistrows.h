// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playlist.h"

#include <QSqlDatabase>
#include <QStringList>

class QSqlQuery;

// How playlists and tracks are read from their rows: the columns every read selects and the mapping to the
// value types, shared by PlaylistRepository and PlaylistListing so a field added to one is read by both.
namespace PlaylistRows {
// `p` is playlists, `t` the LEFT JOINed tag_associations.
inline constexpr auto playlistColumns = "p.id, p.title, p.description, p.folder, p.created_at, p.updated_at, "
                                        "p.last_played, p.playlist_seq, t.tag_id, p.max_volume, "
                                        "p.start_volume, COALESCE(NULLIF(p.cover, ''), (SELECT c.cover "
                                        "FROM tracks c WHERE c.playlist_id = p.id AND c.cover <> '' "
                                        "ORDER BY c.track_number LIMIT 1))";
inline constexpr int playlistColumnCount = 12;
inline constexpr auto trackColumns
    = "id, playlist_id, track_number, title, filename, duration_ms, artist, "
      "album, has_cover, play_count, created_at, updated_at, stream_url, cover";
// Playlists in list order: newest updated_at first, ties by title (PROTOCOL.md §4.1).
inline constexpr auto listOrder = "p.updated_at DESC, p.title ASC, p.id ASC";

Playlist playlist(const QSqlQuery &query); // from playlistColumns at column 0
Track track(const QSqlQuery &query, const QString &musicDir, const QString &folder);
// Loads the tracks of these playlists, in track_number order, into them (one query).
bool attachTracks(const QSqlDatabase &db, const QString &musicDir, QList<Playlist> &playlists);
} // namespace PlaylistRows
