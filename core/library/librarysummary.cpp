// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysummary.h"

#include "database.h"
#include "system/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

LibrarySummary::LibrarySummary(Database &database)
    : m_database(database)
{ }

QJsonObject LibrarySummary::toJson() const
{
    QSqlQuery query(m_database.connection());
    const bool ok
        = query.exec(u"SELECT (SELECT COUNT(*) FROM playlists), COUNT(*), COALESCE(SUM(duration_ms), 0) "
                     "FROM tracks"_s)
        && query.next();
    if (!ok)
        qCWarning(lcDb).noquote() << "library summary failed:" << query.lastError().text();
    return {{u"playlists"_s, ok ? query.value(0).toLongLong() : 0},
            {u"tracks"_s, ok ? query.value(1).toLongLong() : 0},
            {u"duration_ms"_s, ok ? query.value(2).toLongLong() : 0}};
}
