// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "realtime/snapshotsource.h"

#include <functional>

// The snapshots StateManager sends on a join or a resync, gathered from the services that own the state.
// Each part is a hook the composition root sets once the owning service exists, e.g.
//     snapshots.hooks.playerState = [&] { return playerStateService.state(); };
// A hook left empty answers what an empty, idle box would: no playlists, a stopped player at the default
// volume, no NFC reader.
class BoxSnapshots : public SnapshotSource
{
public:
    struct Hooks
    {
        std::function<QJsonObject()> playlists; // {playlists: PlaylistSummary[], total}
        std::function<QJsonObject()> playerState; // PlayerState
        std::function<QJsonObject()>
            trackPosition; // {position_ms, duration_ms, is_playing, track_id, playlist_id}
        std::function<std::optional<QJsonObject>(const QString &playlistId)> playlist; // Playlist
        std::function<QJsonObject()> nfcStatus; // NfcStatus
    };

    BoxSnapshots(int defaultVolume, std::function<qint64()> currentSeq);

    Hooks hooks;

    QJsonObject playlistsSnapshot() const override;
    QJsonObject playerState() const override;
    QJsonObject trackPosition() const override;
    std::optional<QJsonObject> playlist(const QString &playlistId) const override;
    QJsonObject nfcStatus() const override;

private:
    int m_defaultVolume;
    std::function<qint64()> m_currentSeq;
};
