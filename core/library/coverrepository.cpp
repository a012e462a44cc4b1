// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverrepository.h"

#include "coverstore.h"
#include "database.h"
#include "sqlstatement.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

CoverRepository::CoverRepository(Database &database, QString musicDir)
    : m_database(database)
    , m_musicDir(std::move(musicDir))
{ }

QList<CoverRepository::Pending> CoverRepository::pending(int limit) const
{
    QList<Pending> found;
    QSqlQuery folders(m_database.connection());
    folders.prepare(u"SELECT id, folder FROM playlists WHERE cover IS NULL ORDER BY created_at LIMIT ?"_s);
    folders.addBindValue(limit);
    if (folders.exec()) {
        while (folders.next()) {
            const QString id = folders.value(0).toString();
            found.append({Pending::Kind::Folder, id, id, m_musicDir + u'/' + folders.value(1).toString()});
        }
    }
    QSqlQuery tracks(m_database.connection());
    tracks.prepare(u"SELECT t.id, t.playlist_id, p.folder, t.filename FROM tracks t "
                   "JOIN playlists p ON p.id = t.playlist_id WHERE t.cover IS NULL "
                   "ORDER BY t.playlist_id, t.track_number LIMIT ?"_s);
    tracks.addBindValue(qMax(0, limit - int(found.size())));
    if (tracks.exec()) {
        while (tracks.next()) {
            found.append(
                {Pending::Kind::Track, tracks.value(0).toString(), tracks.value(1).toString(),
                 m_musicDir + u'/' + tracks.value(2).toString() + u'/' + tracks.value(3).toString()});
        }
    }
    return found;
}

Result<bool> CoverRepository::store(const Pending &item, const QString &name)
{
    const QString table = item.kind == Pending::Kind::Folder ? u"playlists"_s : u"tracks"_s;
    bool changed = false;
    const Status stored = m_database.transaction([&]() -> Status {
        QSqlQuery old(m_database.connection());
        old.prepare(u"SELECT cover FROM %1 WHERE id = ?"_s.arg(table));
        old.addBindValue(item.id);
        if (!old.exec())
            return SqlStatement::error(u"read cover"_s, old);
        if (!old.next())
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cover owner")),
                                          item.id); // deleted while it was looked at
        changed = old.value(0).toString() != name;
        const Status written = SqlStatement::execute(
            m_database.connection(), u"store cover"_s,
            u"UPDATE %1 SET cover = COALESCE(?, '') WHERE id = ?"_s.arg(table), {name, item.id});
        if (!written.ok() || !changed)
            return written;
        // A new revision, but not a new updated_at: finding a picture is no edit and must not reorder the
        // list.
        return SqlStatement::execute(m_database.connection(), u"store cover"_s,
                                     u"UPDATE playlists SET playlist_seq = playlist_seq + 1 WHERE id = ?"_s,
                                     {item.playlistId});
    });
    if (!stored.ok())
        return stored.error();
    return changed;
}

Status CoverRepository::recheck(const CoverStore &store)
{
    return m_database.transaction([&]() -> Status {
        const QSqlDatabase db = m_database.connection();
        for (const QString &table : {u"playlists"_s, u"tracks"_s}) {
            QSqlQuery names(db);
            if (!names.exec(u"SELECT DISTINCT cover FROM %1 WHERE cover <> ''"_s.arg(table)))
                return SqlStatement::error(u"list covers"_s, names);
            QStringList missing;
            while (names.next()) {
                if (!store.contains(names.value(0).toString()))
                    missing.append(names.value(0).toString());
            }
            for (const QString &name : std::as_const(missing)) {
                const Status forgotten = SqlStatement::execute(
                    db, u"forget a missing cover"_s,
                    u"UPDATE %1 SET cover = NULL WHERE cover = ?"_s.arg(table), {name});
                if (!forgotten.ok())
                    return forgotten;
            }
        }
        return Done {};
    });
}

QList<CoverRepository::Pending> CoverRepository::folders() const
{
    QList<Pending> found;
    QSqlQuery folders(m_database.connection());
    if (!folders.exec(u"SELECT id, folder FROM playlists ORDER BY created_at"_s))
        return found;
    while (folders.next()) {
        const QString id = folders.value(0).toString();
        found.append({Pending::Kind::Folder, id, id, m_musicDir + u'/' + folders.value(1).toString()});
    }
    return found;
}
