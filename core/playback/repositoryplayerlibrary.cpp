// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositoryplayerlibrary.h"

#include "library/playlistrepository.h"
#include "library/resumepointrepository.h"
#include "system/logging.h"

#include <QFileInfo>

RepositoryPlayerLibrary::RepositoryPlayerLibrary(PlaylistRepository &playlists,
                                                 ResumePointRepository &resumePoints)
    : m_playlists(playlists)
    , m_resumePoints(resumePoints)
{ }

std::optional<Playlist> RepositoryPlayerLibrary::playlist(const QString &playlistId) const
{
    return m_playlists.find(playlistId);
}

bool RepositoryPlayerLibrary::isPlayable(const Track &track) const
{
    if (track.isStream())
        return true; // whether it answers is known only by trying (the player reconnects, then moves on)
    const QFileInfo file(track.filePath);
    return file.isFile() && file.isReadable() && file.size() > 0;
}

std::optional<PlayerLibrary::ResumePoint>
RepositoryPlayerLibrary::resumePoint(const QString &playlistId) const
{
    const auto stored = m_resumePoints.find(playlistId);
    if (!stored)
        return std::nullopt;
    return ResumePoint {stored->trackId, stored->positionMs, stored->savedAtMs};
}

void RepositoryPlayerLibrary::saveResumePoint(const QString &playlistId, const ResumePoint &point)
{
    const Status saved = m_resumePoints.save(playlistId, point.trackId, point.positionMs, point.savedAtMs);
    if (!saved)
        qCWarning(lcPlayer) << "resume point not saved:" << saved.error().message;
}

void RepositoryPlayerLibrary::clearResumePoint(const QString &playlistId)
{
    const Status cleared = m_resumePoints.clear(playlistId);
    if (!cleared)
        qCWarning(lcPlayer) << "resume point not cleared:" << cleared.error().message;
}

void RepositoryPlayerLibrary::markPlayed(const QString &playlistId, qint64 unixMs)
{
    const Status marked = m_playlists.markPlayed(playlistId, unixMs);
    if (!marked)
        qCWarning(lcPlayer) << "last_played not saved:" << marked.error().message;
}

void RepositoryPlayerLibrary::incrementPlayCount(const QString &trackId)
{
    const Status counted = m_playlists.incrementPlayCount(trackId);
    if (!counted)
        qCWarning(lcPlayer) << "play count not saved:" << counted.error().message;
}
