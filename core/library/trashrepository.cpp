// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashrepository.h"

#include "database.h"
#include "sqlstatement.h"
#include "system/logging.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto columns = "id, kind, deleted_at, content";

std::optional<TrashEntry> entryFrom(const QSqlQuery &query)
{
    const QJsonObject content = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    auto entry = TrashEntry::fromStored(query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), content);
    if (!entry)
        qCWarning(lcLibrary).noquote() << "unreadable trash entry" << query.value(0).toString();
    return entry;
}

} // namespace

TrashRepository::TrashRepository(Database &database)
    : m_database(database)
{ }

Status TrashRepository::insert(const TrashEntry &entry)
{
    return SqlStatement::execute(
        m_database.connection(), u"keep in the trash"_s,
        u"INSERT INTO trash_entries (id, kind, playlist_id, playlist_title, deleted_at, content) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {entry.id, entry.kindName(), entry.playlist.id, entry.playlist.title, entry.deletedAt,
         QString::fromUtf8(QJsonDocument(entry.contentJson()).toJson(QJsonDocument::Compact))});
}

Status TrashRepository::remove(const QString &entryId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM trash_entries WHERE id = ?"_s);
    query.addBindValue(entryId);
    if (!query.exec())
        return SqlStatement::error(u"empty the trash"_s, query);
    if (query.numRowsAffected() != 1)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "trash_entry")),
                                      entryId);
    return Done {};
}

std::optional<TrashEntry> TrashRepository::find(const QString &entryId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM trash_entries WHERE id = ?"_s.arg(QLatin1String(columns)));
    query.addBindValue(entryId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

Result<QList<TrashEntry>> TrashRepository::all() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT %1 FROM trash_entries ORDER BY deleted_at DESC, rowid DESC"_s.arg(
            QLatin1String(columns))))
        return SqlStatement::error(u"list the trash"_s, query);
    QList<TrashEntry> entries;
    while (query.next()) {
        if (auto entry = entryFrom(query))
            entries.append(*entry);
    }
    return entries;
}

Result<QStringList> TrashRepository::deletedBefore(const QString &cutoff) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id FROM trash_entries WHERE deleted_at < ? ORDER BY deleted_at"_s);
    query.addBindValue(cutoff);
    if (!query.exec())
        return SqlStatement::error(u"expired trash"_s, query);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}
