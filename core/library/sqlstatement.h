// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/serviceerror.h"

#include <QSqlDatabase>
#include <QVariantList>

class QSqlQuery;

// The repositories' shared SQL plumbing: one error shape for a failed statement, and one way to run a small
// write.
namespace SqlStatement {

// An internal error naming the operation, with the driver's reason ("database: ...").
ServiceError error(const QString &operation, const QSqlQuery &query);

// Prepares sql, binds values in order and runs it.
Status execute(const QSqlDatabase &db, const QString &operation, const QString &sql,
               const QVariantList &values);

} // namespace SqlStatement
