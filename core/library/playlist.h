// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "track.h"

#include <QList>

// A playlist with its tracks in ascending track_number (PROTOCOL.md §3 Playlist).
struct Playlist
{
    QString id;
    QString title;
    QString description;
    std::optional<QString> nfcTagId;
    QString folder; // folder name under <data-dir>/music
    QList<Track> tracks;
    // ISO-8601 UTC with milliseconds, exactly as stored and as sent (PROTOCOL.md "Units").
    QString createdAt;
    QString updatedAt;
    qint64 lastPlayedMs = 0;
    qint64 playlistSeq = 1;
    // The parents' volume limits (0..100; nullopt = none): the loudest it may play, the volume it starts at.
    std::optional<int> maxVolume;
    std::optional<int> startVolume;
    // The stored picture's name under <data-dir>/covers/: the folder's cover image, else the first track's.
    std::optional<QString> cover;
    // Set when the database counted the tracks instead of loading them (the summaries of the list).
    struct TrackTotals
    {
        int count = 0;
        qint64 durationMs = 0;
    };
    std::optional<TrackTotals> countedTracks;

    int trackCount() const { return countedTracks ? countedTracks->count : int(tracks.size()); }
    qint64 totalDurationMs() const;
    const Track *trackById(const QString &trackId) const;
    const Track *trackByNumber(int trackNumber) const;
    int maxTrackNumber() const;

    QJsonObject toJson() const; // Playlist (with tracks)
    QJsonObject toSummaryJson() const; // PlaylistSummary (without tracks)
    QJsonObject toResponseJson() const; // PlaylistResponse: the fields plus a copy under "playlist"
};
