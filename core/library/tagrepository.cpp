// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrepository.h"

#include "common/timeformat.h"
#include "database.h"
#include "sqlstatement.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

TagRepository::TagRepository(Database &database)
    : m_database(database)
{ }

Result<QList<TagRepository::LinkedTag>> TagRepository::select(const QString &where,
                                                              const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT a.tag_id, coalesce(n.name, ''), a.playlist_id, p.title, a.created_at, "
                  "coalesce(n.last_used_at, '') FROM tag_associations a "
                  "JOIN playlists p ON p.id = a.playlist_id LEFT JOIN tag_names n ON n.tag_id = a.tag_id "_s
                  + where
                  + u" ORDER BY coalesce(n.name, '') = '', n.name COLLATE NOCASE, p.title COLLATE NOCASE"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlStatement::error(u"list tags"_s, query);
    QList<LinkedTag> tags;
    while (query.next()) {
        tags.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return tags;
}

Result<QList<TagRepository::LinkedTag>> TagRepository::linked() const
{
    return select({}, {});
}

Result<TagRepository::LinkedTag> TagRepository::rename(const QString &tagId, const QString &name)
{
    const auto current = select(u"WHERE a.tag_id = ?"_s, {tagId});
    if (!current)
        return current.error();
    if (current->isEmpty())
        return ServiceError::notFound(u"tag"_s, tagId);
    const Status stored = SqlStatement::execute(m_database.connection(), u"rename tag"_s,
                                                u"INSERT INTO tag_names (tag_id, name) VALUES (?, ?) "
                                                "ON CONFLICT (tag_id) DO UPDATE SET name = excluded.name"_s,
                                                {tagId, name});
    if (!stored)
        return stored.error();
    LinkedTag renamed = current->first();
    renamed.name = name;
    return renamed;
}

Status TagRepository::markUsed(const QString &tagId, const QDateTime &when)
{
    return SqlStatement::execute(m_database.connection(), u"mark tag used"_s,
                                 u"INSERT INTO tag_names (tag_id, last_used_at) "
                                 "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM tag_associations WHERE tag_id = ?) "
                                 "ON CONFLICT (tag_id) DO UPDATE SET last_used_at = excluded.last_used_at"_s,
                                 {tagId, TimeFormat::isoUtc(when), tagId});
}
