// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumepointrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ResumePointRepository::ResumePointRepository(Database &database)
    : m_database(database)
{ }

Status ResumePointRepository::save(const QString &playlistId, const QString &trackId, qint64 positionMs,
                                   qint64 savedAtMs)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"INSERT INTO resume_points (playlist_id, track_id, position_ms, saved_at_ms) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (playlist_id) DO UPDATE SET "
        "track_id = excluded.track_id, position_ms = excluded.position_ms, saved_at_ms = excluded.saved_at_ms"_s);
    query.addBindValue(playlistId);
    query.addBindValue(trackId);
    query.addBindValue(positionMs);
    query.addBindValue(savedAtMs);
    if (!query.exec())
        return ServiceError::internal(u"save resume point"_s, query.lastError().text());
    return Done {};
}

std::optional<ResumePointRepository::ResumePoint> ResumePointRepository::find(const QString &playlistId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT track_id, position_ms, saved_at_ms FROM resume_points WHERE playlist_id = ?"_s);
    query.addBindValue(playlistId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ResumePoint {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}

Status ResumePointRepository::clear(const QString &playlistId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM resume_points WHERE playlist_id = ?"_s);
    query.addBindValue(playlistId);
    if (!query.exec())
        return ServiceError::internal(u"clear resume point"_s, query.lastError().text());
    return Done {};
}
