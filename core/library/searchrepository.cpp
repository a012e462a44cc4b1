// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrepository.h"

#include "database.h"
#include "sqlstatement.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SearchRepository::SearchRepository(Database &database)
    : m_database(database)
{ }

QString SearchRepository::matchExpression(const QString &query)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList terms;
    for (const QString &word : query.split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + u"\"*"_s);
    return terms.join(u' ');
}

Result<SearchRepository::Results> SearchRepository::search(const QString &query, int limit) const
{
    Results results;
    const QString expression = matchExpression(query);
    if (expression.isEmpty())
        return results;

    QSqlQuery playlists(m_database.connection());
    // The best `limit` matches come from FTS5 alone (its ORDER BY rank LIMIT keeps only those), then the
    // join.
    playlists.prepare(
        u"SELECT p.id, p.title, (SELECT count(*) FROM tracks t WHERE t.playlist_id = p.id) "
        "FROM (SELECT rowid, rank FROM playlist_search WHERE playlist_search MATCH ? "
        "ORDER BY rank LIMIT ?) s JOIN playlists p ON p.rowid = s.rowid ORDER BY s.rank, p.title"_s);
    playlists.addBindValue(expression);
    playlists.addBindValue(limit);
    if (!playlists.exec())
        return SqlStatement::error(u"search"_s, playlists);
    while (playlists.next())
        results.playlists.append(
            {playlists.value(0).toString(), playlists.value(1).toString(), playlists.value(2).toInt()});

    QSqlQuery tracks(m_database.connection());
    tracks.prepare(
        u"SELECT t.id, t.playlist_id, p.title, t.track_number, t.title, t.artist, t.album, t.duration_ms "
        "FROM (SELECT rowid, rank FROM track_search WHERE track_search MATCH ? ORDER BY rank LIMIT ?) s "
        "JOIN tracks t ON t.rowid = s.rowid JOIN playlists p ON p.id = t.playlist_id "
        "ORDER BY s.rank, p.title, t.track_number"_s);
    tracks.addBindValue(expression);
    tracks.addBindValue(limit);
    if (!tracks.exec())
        return SqlStatement::error(u"search"_s, tracks);
    while (tracks.next()) {
        results.tracks.append({tracks.value(0).toString(), tracks.value(1).toString(),
                               tracks.value(2).toString(), tracks.value(3).toInt(),
                               tracks.value(4).toString(), tracks.value(5).toString(),
                               tracks.value(6).toString(), tracks.value(7).toLongLong()});
    }
    return results;
}
