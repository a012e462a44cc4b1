// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

CounterRepository::CounterRepository(Database &database)
    : m_database(database)
{ }

std::optional<qint64> CounterRepository::value(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT value FROM counters WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Status CounterRepository::setValue(const QString &name, qint64 value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO counters (name, value) VALUES (?, ?) "
                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(name);
    query.addBindValue(value);
    if (!query.exec())
        return ServiceError::internal(u"save counter"_s, query.lastError().text());
    return Done {};
}
