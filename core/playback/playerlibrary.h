// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/playlist.h"

#include <QString>

#include <optional>

// The library as the player needs it: playlists by id, whether a track's file can be played, resume points
// and the play history. A tiny interface so PlaybackController holds no SQL and tests use an in-memory fake.
class PlayerLibrary
{
public:
    struct ResumePoint
    {
        QString trackId;
        qint64 positionMs = 0;
        qint64 savedAtMs = 0; // Unix ms
    };

    virtual ~PlayerLibrary() = default;

    virtual std::optional<Playlist> playlist(const QString &playlistId) const = 0;
    virtual bool isPlayable(const Track &track) const = 0;

    virtual std::optional<ResumePoint> resumePoint(const QString &playlistId) const = 0;
    virtual void saveResumePoint(const QString &playlistId, const ResumePoint &point) = 0;
    virtual void clearResumePoint(const QString &playlistId) = 0;

    virtual void markPlayed(const QString &playlistId, qint64 unixMs) = 0;
    virtual void incrementPlayCount(const QString &trackId) = 0;
};
