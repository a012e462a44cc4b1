// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playerlibrary.h"

class PlaylistRepository;
class ResumePointRepository;

// PlayerLibrary over the SQLite repositories; a failed write is logged, never fatal to playback.
class RepositoryPlayerLibrary : public PlayerLibrary
{
public:
    RepositoryPlayerLibrary(PlaylistRepository &playlists, ResumePointRepository &resumePoints);

    std::optional<Playlist> playlist(const QString &playlistId) const override;
    bool isPlayable(const Track &track) const override;
    std::optional<ResumePoint> resumePoint(const QString &playlistId) const override;
    void saveResumePoint(const QString &playlistId, const ResumePoint &point) override;
    void clearResumePoint(const QString &playlistId) override;
    void markPlayed(const QString &playlistId, qint64 unixMs) override;
    void incrementPlayCount(const QString &trackId) override;

private:
    PlaylistRepository &m_playlists;
    ResumePointRepository &m_resumePoints;
};
