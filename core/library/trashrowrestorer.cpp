// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashrowrestorer.h"

#include "common/timeformat.h"
#include "database.h"
#include "sqlstatement.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QVariant orNullVariant(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

TrashRowRestorer::TrashRowRestorer(Database &database)
    : m_database(database)
{ }

bool TrashRowRestorer::exists(const QString &sql, const QString &value) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    query.addBindValue(value);
    return query.exec() && query.next();
}

bool TrashRowRestorer::titleTaken(const QString &title) const
{
    return exists(u"SELECT 1 FROM playlists WHERE title = ? COLLATE NOCASE"_s, title);
}

bool TrashRowRestorer::tagTaken(const QString &tagId) const
{
    return exists(u"SELECT 1 FROM tag_associations WHERE tag_id = ?"_s, tagId);
}

bool TrashRowRestorer::trackIdTaken(const QString &trackId) const
{
    return exists(u"SELECT 1 FROM tracks WHERE id = ?"_s, trackId);
}

Status TrashRowRestorer::insertPlaylist(const Playlist &playlist)
{
    return SqlStatement::execute(
        m_database.connection(), u"restore playlist"_s,
        u"INSERT INTO playlists (id, title, description, folder, created_at, updated_at, last_played, "
        "playlist_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {playlist.id, playlist.title, playlist.description.isNull() ? u""_s : playlist.description,
         playlist.folder, playlist.createdAt, playlist.updatedAt, playlist.lastPlayedMs,
         playlist.playlistSeq});
}

Status TrashRowRestorer::insertTrack(const QString &playlistId, const Track &track)
{
    return SqlStatement::execute(
        m_database.connection(), u"restore track"_s,
        u"INSERT INTO tracks (id, playlist_id, track_number, title, filename, duration_ms, artist, album, "
        "has_cover, play_count, created_at, updated_at, stream_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {track.id, playlistId, track.trackNumber, track.title,
         track.isStream() ? Track::streamPlaceholder(track.id) : track.filename, track.durationMs,
         orNullVariant(track.artist), orNullVariant(track.album), track.hasCover, track.playCount,
         track.createdAt, track.updatedAt, orNullVariant(track.streamUrl)});
}

Status TrashRowRestorer::linkTag(const QString &tagId, const QString &playlistId)
{
    return SqlStatement::execute(
        m_database.connection(), u"restore tag link"_s,
        u"INSERT INTO tag_associations (tag_id, playlist_id, created_at) VALUES (?, ?, ?)"_s,
        {tagId, playlistId, TimeFormat::isoUtc(QDateTime::currentDateTimeUtc())});
}

Status TrashRowRestorer::restoreResumePoint(const QString &playlistId,
                                            const ResumePointRepository::ResumePoint &point)
{
    return SqlStatement::execute(
        m_database.connection(), u"restore resume point"_s,
        u"INSERT OR REPLACE INTO resume_points (playlist_id, track_id, position_ms, saved_at_ms) "
        "VALUES (?, ?, ?, ?)"_s,
        {playlistId, point.trackId, point.positionMs, point.savedAtMs});
}

Status TrashRowRestorer::bumpRevision(const QString &playlistId, int changes)
{
    return SqlStatement::execute(
        m_database.connection(), u"restore"_s,
        u"UPDATE playlists SET playlist_seq = playlist_seq + ?, updated_at = ? WHERE id = ?"_s,
        {changes, TimeFormat::isoUtc(QDateTime::currentDateTimeUtc()), playlistId});
}
