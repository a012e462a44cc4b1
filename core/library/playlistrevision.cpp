// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistrevision.h"

#include "common/timeformat.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QString PlaylistRevision::now()
{
    return TimeFormat::isoUtc(QDateTime::currentDateTimeUtc());
}

bool PlaylistRevision::bump(const QSqlDatabase &db, const QString &playlistId)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE playlists SET playlist_seq = playlist_seq + 1, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(now());
    query.addBindValue(playlistId);
    return query.exec() && query.numRowsAffected() == 1;
}
