// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// What StateManager asks for when a client joins a room or resyncs: fresh snapshots of the state that the
// other services own. The composition root implements it over the library, the player and the NFC service.
class SnapshotSource
{
public:
    virtual ~SnapshotSource() = default;

    virtual QJsonObject playlistsSnapshot() const = 0; // {playlists: PlaylistSummary[], total}
    virtual QJsonObject playerState() const = 0; // PlayerState
    virtual QJsonObject
    trackPosition() const = 0; // {position_ms, duration_ms, is_playing, track_id, playlist_id}
    virtual std::optional<QJsonObject> playlist(const QString &playlistId) const = 0; // Playlist
    virtual QJsonObject nfcStatus() const = 0; // NfcStatus
};
