// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// What StateManager asks for when a client joins a room or resyncs: fresh snapshots of the state that the
// other services own. The composition root implements it over the library, the player and the NFC service.
class SnapshotSource
{
public:
    // PlaylistSummary[] as compact JSON, sent as it is (the library keeps it serialised; every page load
    // asks for it), and how many summaries it holds.
    struct PlaylistSummaries
    {
        QByteArray json = "[]";
        int total = 0;
    };

    virtual ~SnapshotSource() = default;

    virtual PlaylistSummaries playlistSummaries() const = 0;
    virtual QJsonObject playerState() const = 0; // PlayerState
    virtual QJsonObject
    trackPosition() const = 0; // {position_ms, duration_ms, is_playing, track_id, playlist_id}
    virtual std::optional<QJsonObject> playlist(const QString &playlistId) const = 0; // Playlist
    virtual QJsonObject nfcStatus() const = 0; // NfcStatus
};
