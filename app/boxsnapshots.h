// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "realtime/snapshotsource.h"

#include <functional>

// The snapshots StateManager sends on a join or a resync, gathered from the services that own the state: each
// part is read through a hook given at construction.
class BoxSnapshots : public SnapshotSource
{
public:
    struct Hooks
    {
        std::function<PlaylistSummaries()> playlists;
        std::function<QJsonObject()> playerState; // PlayerState
        std::function<QJsonObject()>
            trackPosition; // {position_ms, duration_ms, is_playing, track_id, playlist_id}
        std::function<std::optional<QJsonObject>(const QString &playlistId)> playlist; // Playlist
        std::function<QJsonObject()> nfcStatus; // NfcStatus
    };

    explicit BoxSnapshots(Hooks hooks);

    PlaylistSummaries playlistSummaries() const override { return m_hooks.playlists(); }
    QJsonObject playerState() const override { return m_hooks.playerState(); }
    QJsonObject trackPosition() const override { return m_hooks.trackPosition(); }
    std::optional<QJsonObject> playlist(const QString &playlistId) const override
    {
        return m_hooks.playlist(playlistId);
    }
    QJsonObject nfcStatus() const override { return m_hooks.nfcStatus(); }

private:
    Hooks m_hooks;
};
