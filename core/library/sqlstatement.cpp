// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstatement.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SqlStatement {

ServiceError error(const QString &operation, const QSqlQuery &query)
{
    return ServiceError::internal(
        operation,
        QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "database: %1")).arg(query.lastError().text()));
}

Status execute(const QSqlDatabase &db, const QString &operation, const QString &sql,
               const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return error(operation, query);
    return Done {};
}

} // namespace SqlStatement
