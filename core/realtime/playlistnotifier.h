// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class PlaylistService;
class StateManager;
struct Playlist;
struct Track;

// Turns what PlaylistService says changed into the library events of PROTOCOL.md §4.1 / §5.4: the list-level
// event to the `playlists` room, followed by the playlist's full state to its own room.
class PlaylistNotifier : public QObject
{
    Q_OBJECT
public:
    PlaylistNotifier(PlaylistService &playlists, StateManager &state, QObject *parent = nullptr);

    // state:playlists with the reason, e.g. "sync" after the library was read from disk again.
    void publishPlaylists(const QString &reason);

private:
    void created(const Playlist &playlist);
    void updated(const Playlist &playlist, const QJsonObject &updates);
    void deleted(const QString &playlistId, qint64 lastPlaylistSeq);
    void tracksDeleted(const Playlist &playlist, const QList<int> &trackNumbers, const QStringList &trackIds);
    void trackAdded(const Playlist &playlist, const Track &track);
    void trackUpdated(const Playlist &playlist, const Track &track, const QJsonObject &updates);
    void publishPlaylist(const Playlist &playlist);

    PlaylistService &m_playlists;
    StateManager &m_state;
};
