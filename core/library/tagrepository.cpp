// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrepository.h"

#include "common/timeformat.h"
#include "database.h"
#include "sqlstatement.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// Playlists' tags and action cards as one list: tag_id, playlist_id, playlist_title, action, linked_at.
constexpr auto linkedTags = "SELECT a.tag_id, a.playlist_id, p.title AS sort_title, '' AS action, "
                            "a.created_at FROM tag_associations a JOIN playlists p ON p.id = a.playlist_id "
                            "UNION ALL SELECT c.tag_id, '', '', c.action, c.created_at FROM tag_actions c";
} // namespace

TagRepository::TagRepository(Database &database)
    : m_database(database)
{ }

Result<QList<TagRepository::LinkedTag>> TagRepository::select(const QString &where,
                                                              const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT l.tag_id, coalesce(n.name, ''), l.playlist_id, l.sort_title, l.action, "
                  "l.created_at, coalesce(n.last_used_at, '') FROM (%1) l "
                  "LEFT JOIN tag_names n ON n.tag_id = l.tag_id "_s.arg(QLatin1String(linkedTags))
                  + where
                  + u" ORDER BY coalesce(n.name, '') = '', coalesce(n.name, '') COLLATE NOCASE, "
                    "(l.sort_title || l.action) COLLATE NOCASE"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlStatement::error(u"list tags"_s, query);
    QList<LinkedTag> tags;
    while (query.next()) {
        tags.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString()});
    }
    return tags;
}

Result<QList<TagRepository::LinkedTag>> TagRepository::linked() const
{
    return select({}, {});
}

std::optional<TagRepository::LinkedTag> TagRepository::find(const QString &tagId) const
{
    const auto found = select(u"WHERE l.tag_id = ?"_s, {tagId});
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

Result<TagRepository::LinkedTag> TagRepository::rename(const QString &tagId, const QString &name)
{
    const auto current = select(u"WHERE l.tag_id = ?"_s, {tagId});
    if (!current)
        return current.error();
    if (current->isEmpty())
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "tag")), tagId);
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
                                 "OR EXISTS (SELECT 1 FROM tag_actions WHERE tag_id = ?) "
                                 "ON CONFLICT (tag_id) DO UPDATE SET last_used_at = excluded.last_used_at"_s,
                                 {tagId, TimeFormat::isoUtc(when), tagId, tagId});
}

Status TagRepository::setAction(const QString &tagId, TagAction action, const QDateTime &when)
{
    return SqlStatement::execute(m_database.connection(), u"set tag action"_s,
                                 u"INSERT INTO tag_actions (tag_id, action, created_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (tag_id) DO UPDATE SET action = excluded.action, "
                                 "created_at = excluded.created_at"_s,
                                 {tagId, TagActions::name(action), TimeFormat::isoUtc(when)});
}

std::optional<TagAction> TagRepository::action(const QString &tagId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT action FROM tag_actions WHERE tag_id = ?"_s);
    query.addBindValue(tagId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return TagActions::fromName(query.value(0).toString());
}

Result<bool> TagRepository::removeAction(const QString &tagId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM tag_actions WHERE tag_id = ?"_s);
    query.addBindValue(tagId);
    if (!query.exec())
        return SqlStatement::error(u"remove tag action"_s, query);
    return query.numRowsAffected() > 0;
}
