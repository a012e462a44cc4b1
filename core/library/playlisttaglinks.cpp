// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlisttaglinks.h"

#include "database.h"
#include "playlistrevision.h"
#include "sqlstatement.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

PlaylistTagLinks::PlaylistTagLinks(Database &database)
    : m_database(database)
{ }

Result<std::optional<QString>> PlaylistTagLinks::assign(const QString &playlistId, const QString &tagId)
{
    std::optional<QString> previous;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.connection();
        QSqlQuery owner(db);
        owner.prepare(u"SELECT playlist_id FROM tag_associations WHERE tag_id = ?"_s);
        owner.addBindValue(tagId);
        if (!owner.exec())
            return SqlStatement::error(u"assign tag"_s, owner);
        if (owner.next()) {
            const QString current = owner.value(0).toString();
            if (current == playlistId)
                return Done {};
            previous = current;
        }
        QSqlQuery release(db);
        release.prepare(u"DELETE FROM tag_associations WHERE tag_id = ? OR playlist_id = ?"_s);
        release.addBindValue(tagId);
        release.addBindValue(playlistId);
        if (!release.exec())
            return SqlStatement::error(u"assign tag"_s, release);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO tag_associations (tag_id, playlist_id, created_at) VALUES (?, ?, ?)"_s);
        insert.addBindValue(tagId);
        insert.addBindValue(playlistId);
        insert.addBindValue(PlaylistRevision::now());
        if (!insert.exec())
            return SqlStatement::error(u"assign tag"_s, insert);
        if (!PlaylistRevision::bump(db, playlistId) || (previous && !PlaylistRevision::bump(db, *previous)))
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                          playlistId);
        return Done {};
    });
    if (!status)
        return status.error();
    return previous;
}

Result<QString> PlaylistTagLinks::release(const QString &tagId)
{
    QString owner;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.connection();
        QSqlQuery find(db);
        find.prepare(u"SELECT playlist_id FROM tag_associations WHERE tag_id = ?"_s);
        find.addBindValue(tagId);
        if (!find.exec())
            return SqlStatement::error(u"release tag"_s, find);
        if (!find.next())
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "nfc_tag")),
                                          tagId);
        owner = find.value(0).toString();
        QSqlQuery release(db);
        release.prepare(u"DELETE FROM tag_associations WHERE tag_id = ?"_s);
        release.addBindValue(tagId);
        if (!release.exec())
            return SqlStatement::error(u"release tag"_s, release);
        if (!PlaylistRevision::bump(db, owner))
            return ServiceError::internal(
                u"release tag"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot bump the revision")));
        return Done {};
    });
    if (!status)
        return status.error();
    return owner;
}
