// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeplayerlibrary.h"

using namespace Qt::StringLiterals;

Playlist FakePlayerLibrary::makePlaylist(const QString &id, int trackCount)
{
    Playlist playlist;
    playlist.id = id;
    playlist.title = u"Playlist "_s + id;
    playlist.folder = id;
    for (int number = 1; number <= trackCount; ++number) {
        Track track;
        track.id = u"%1-t%2"_s.arg(id).arg(number);
        track.playlistId = id;
        track.trackNumber = number;
        track.title = u"Track %1"_s.arg(number);
        track.filename = u"%1.mp3"_s.arg(number);
        track.filePath = u"/music/%1/%2.mp3"_s.arg(id).arg(number);
        track.durationMs = 60000;
        playlist.tracks.append(track);
    }
    return playlist;
}

std::optional<Playlist> FakePlayerLibrary::playlist(const QString &playlistId) const
{
    const auto found = m_playlists.constFind(playlistId);
    if (found == m_playlists.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<PlayerLibrary::ResumePoint> FakePlayerLibrary::resumePoint(const QString &playlistId) const
{
    const auto found = m_resumePoints.constFind(playlistId);
    if (found == m_resumePoints.constEnd())
        return std::nullopt;
    return *found;
}

void FakePlayerLibrary::saveResumePoint(const QString &playlistId, const ResumePoint &point)
{
    ++resumeSaves;
    m_resumePoints.insert(playlistId, point);
}
