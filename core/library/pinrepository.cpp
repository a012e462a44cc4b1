// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinrepository.h"

#include "database.h"
#include "sqlstatement.h"
#include "system/logging.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

PinRepository::PinRepository(Database &database)
    : m_database(database)
{ }

std::optional<PinRepository::StoredPin> PinRepository::load() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT salt, iterations, key FROM parent_pin WHERE id = 1"_s)) {
        // Failing closed would lock the parents out of their own box; failing open is what a box without a
        // PIN does, and the log says why.
        qCWarning(lcDb).noquote() << "the parents' PIN cannot be read:"
                                  << SqlStatement::error(u"read PIN"_s, query).message;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return StoredPin {query.value(0).toByteArray(), query.value(1).toInt(), query.value(2).toByteArray()};
}

Status PinRepository::save(const StoredPin &pin)
{
    return SqlStatement::execute(
        m_database.connection(), u"save the PIN"_s,
        u"INSERT INTO parent_pin (id, salt, iterations, key, set_at) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, iterations = excluded.iterations, "
        "key = excluded.key, set_at = excluded.set_at"_s,
        {pin.salt, pin.iterations, pin.key, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

Status PinRepository::clear()
{
    return SqlStatement::execute(m_database.connection(), u"remove the PIN"_s, u"DELETE FROM parent_pin"_s,
                                 {});
}
