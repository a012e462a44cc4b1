// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistlisting.h"

#include "database.h"
#include "playlistrows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

ServiceError sqlError(const QString &operation, const QSqlQuery &query)
{
    return ServiceError::internal(
        operation,
        QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "database: %1")).arg(query.lastError().text()));
}

QString idPlaceholders(const QStringList &ids)
{
    return QStringList(ids.size(), u"?"_s).join(u',');
}

// Runs a read whose rows start with the playlist columns and maps each row with `extra`.
template<typename Extra>
Result<QList<Playlist>> readPlaylists(const QSqlDatabase &db, const QString &sql, const QStringList &ids,
                                      Extra extra)
{
    QList<Playlist> found;
    if (ids.isEmpty())
        return found;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QString &id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return sqlError(u"read playlists"_s, query);
    while (query.next()) {
        found.append(PlaylistRows::playlist(query));
        extra(query, found.last());
    }
    return found;
}

} // namespace

PlaylistListing::PlaylistListing(Database &database, QString musicDir)
    : m_database(database)
    , m_musicDir(std::move(musicDir))
{ }

Result<PlaylistListing::Revisions> PlaylistListing::summaryRevisions() const
{
    return revisions(1, -1, false); // LIMIT -1: no limit
}

Result<PlaylistListing::Revisions> PlaylistListing::pageRevisions(int page, int limit) const
{
    return revisions(page, limit, true);
}

Result<PlaylistListing::Revisions> PlaylistListing::revisions(int page, int limit, bool withPlays) const
{
    // The page straight from playlists_by_update and the library's size from a count of its own: a window
    // count (COUNT(*) OVER ()) made SQLite copy and sort every playlist for each page (2.7 ms for a page of
    // 100 of 1000 playlists, 0.8 ms without). The plays come from the playlist row (schema 14), not from a
    // sum over its tracks. Both run on the one connection, nothing written in between.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT p.id, p.playlist_seq, p.last_played, %1 FROM playlists p ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(
            withPlays ? u"p.plays_revision"_s : u"-1"_s, QLatin1String(PlaylistRows::listOrder)));
    query.addBindValue(limit);
    query.addBindValue(qint64(page - 1) * qMax(limit, 0));
    if (!query.exec())
        return sqlError(u"list playlist revisions"_s, query);
    Revisions result;
    while (query.next()) {
        result.playlists.append({query.value(0).toString(), query.value(1).toLongLong(),
                                 query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    QSqlQuery count(m_database.connection());
    if (!count.exec(u"SELECT COUNT(*) FROM playlists"_s) || !count.next())
        return sqlError(u"count playlists"_s, count);
    result.total = count.value(0).toInt();
    return result;
}

Result<QList<Playlist>> PlaylistListing::summaries(const QStringList &ids) const
{
    const QString sql
        = u"SELECT %1, (SELECT COUNT(*) FROM tracks tr WHERE tr.playlist_id = p.id), "
          "(SELECT COALESCE(SUM(tr.duration_ms), 0) FROM tracks tr WHERE tr.playlist_id = p.id) "
          "FROM playlists p LEFT JOIN tag_associations t ON t.playlist_id = p.id WHERE p.id IN (%2)"_s.arg(
              QLatin1String(PlaylistRows::playlistColumns), idPlaceholders(ids));
    constexpr int counted = PlaylistRows::playlistColumnCount;
    return readPlaylists(m_database.connection(), sql, ids, [](const QSqlQuery &query, Playlist &playlist) {
        playlist.countedTracks
            = Playlist::TrackTotals {query.value(counted).toInt(), query.value(counted + 1).toLongLong()};
    });
}

Result<QList<Playlist>> PlaylistListing::playlists(const QStringList &ids) const
{
    const QString sql
        = u"SELECT %1 FROM playlists p LEFT JOIN tag_associations t ON t.playlist_id = p.id "
          "WHERE p.id IN (%2)"_s.arg(QLatin1String(PlaylistRows::playlistColumns), idPlaceholders(ids));
    auto found = readPlaylists(m_database.connection(), sql, ids, [](const QSqlQuery &, Playlist &) {});
    if (found && !PlaylistRows::attachTracks(m_database.connection(), m_musicDir, found.value()))
        return ServiceError::internal(
            u"read tracks"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "database: cannot read the tracks")));
    return found;
}
