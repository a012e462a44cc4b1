// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playback/playerlibrary.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// An in-memory PlayerLibrary: playlists made by the test, a set of broken files, resume points in a hash.
class FakePlayerLibrary : public PlayerLibrary
{
public:
    // A playlist "<id>" with tracks "<id>-t1".."<id>-tN" (numbers 1..N, 60 s each, files
    // "/music/<id>/N.mp3").
    static Playlist makePlaylist(const QString &id, int trackCount);

    void add(const Playlist &playlist) { m_playlists.insert(playlist.id, playlist); }
    void remove(const QString &playlistId) { m_playlists.remove(playlistId); }
    void setUnplayable(const QString &trackId) { m_unplayable.insert(trackId); }

    std::optional<Playlist> playlist(const QString &playlistId) const override;
    bool isPlayable(const Track &track) const override { return !m_unplayable.contains(track.id); }
    std::optional<ResumePoint> resumePoint(const QString &playlistId) const override;
    void saveResumePoint(const QString &playlistId, const ResumePoint &point) override;
    void clearResumePoint(const QString &playlistId) override { m_resumePoints.remove(playlistId); }
    void markPlayed(const QString &playlistId, qint64 unixMs) override
    {
        lastPlayed.insert(playlistId, unixMs);
    }
    void incrementPlayCount(const QString &trackId) override { playCounts[trackId] += 1; }

    QHash<QString, qint64> lastPlayed;
    QHash<QString, int> playCounts;
    int resumeSaves = 0;

private:
    QHash<QString, Playlist> m_playlists;
    QSet<QString> m_unplayable;
    QHash<QString, ResumePoint> m_resumePoints;
};
