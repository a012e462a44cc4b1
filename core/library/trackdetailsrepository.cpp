// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackdetailsrepository.h"

#include "common/timeformat.h"
#include "database.h"
#include "sqlstatement.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Unchanged binds as NULL and COALESCE keeps the column; a cleared text is stored as NULL.
QVariant newValue(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

TrackDetailsRepository::TrackDetailsRepository(Database &database)
    : m_database(database)
{ }

Status TrackDetailsRepository::update(const QString &playlistId, const QString &trackId, const Edit &edit)
{
    return m_database.transaction([&]() -> Status {
        const QString stamp = TimeFormat::isoUtc(QDateTime::currentDateTimeUtc());
        QSqlQuery query(m_database.connection());
        query.prepare(u"UPDATE tracks SET title = COALESCE(?, title), "
                      "artist = CASE WHEN ? THEN ? ELSE artist END, "
                      "album = CASE WHEN ? THEN ? ELSE album END, updated_at = ? "
                      "WHERE id = ? AND playlist_id = ?"_s);
        query.addBindValue(newValue(edit.title));
        query.addBindValue(edit.artist.has_value());
        query.addBindValue(newValue(edit.artist));
        query.addBindValue(edit.album.has_value());
        query.addBindValue(newValue(edit.album));
        query.addBindValue(stamp);
        query.addBindValue(trackId);
        query.addBindValue(playlistId);
        if (!query.exec())
            return SqlStatement::error(u"edit track"_s, query);
        if (query.numRowsAffected() != 1)
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "track")),
                                          trackId);
        return SqlStatement::execute(
            m_database.connection(), u"edit track"_s,
            u"UPDATE playlists SET playlist_seq = playlist_seq + 1, updated_at = ? WHERE id = ?"_s,
            {stamp, playlistId});
    });
}
