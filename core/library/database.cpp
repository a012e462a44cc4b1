// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "system/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

ServiceError dbError(const QString &operation, const QSqlError &error)
{
    return ServiceError::internal(
        operation, QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "database: %1")).arg(error.text()));
}

// Splits a migration script into statements (our scripts keep ';' out of literals and comments). A
// CREATE TRIGGER runs up to its END: the ';' inside its body do not end it.
QStringList statements(const QString &script)
{
    QStringList result;
    QString withoutComments;
    for (const QString &line : script.split(u'\n')) {
        if (!line.trimmed().startsWith("--"_L1))
            withoutComments += line + u'\n';
    }
    QString pending;
    for (const QString &piece : withoutComments.split(u';')) {
        pending += piece;
        const QString statement = pending.trimmed();
        const bool insideTrigger = statement.startsWith("CREATE TRIGGER"_L1, Qt::CaseInsensitive)
            && !statement.endsWith("END"_L1, Qt::CaseInsensitive);
        if (insideTrigger) {
            pending += u';';
            continue;
        }
        if (!statement.isEmpty())
            result.append(statement);
        pending.clear();
    }
    return result;
}

} // namespace

Database::Database()
    : m_connectionName(u"omb-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

Status Database::open(const QString &filePath, int upToVersion)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return dbError(u"open"_s, db.lastError());

    QSqlQuery query(db);
    for (const QString &pragma :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (!query.exec(pragma))
            return dbError(pragma, query.lastError());
    }
    const int version = userVersion();
    if (version > schemaVersion) {
        const QString message = u"the database %1 has schema version %2, newer than this box knows (%3); "
                                "refusing to touch it"_s.arg(filePath)
                                    .arg(version)
                                    .arg(schemaVersion);
        close();
        return ServiceError {ErrorType::Internal, message, {}};
    }
    return migrate(upToVersion);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::releaseCache()
{
    if (!isOpen())
        return;
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA shrink_memory"_s))
        qCWarning(lcDb).noquote() << "the database kept its cache:" << query.lastError().text();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

int Database::userVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    if (!db.transaction())
        return dbError(u"begin"_s, db.lastError());
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return dbError(u"commit"_s, error);
    }
    return result;
}

Status Database::migrate(int upToVersion)
{
    const QStringList scripts = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &name : scripts) {
        const int version = name.left(3).toInt();
        if (version <= userVersion() || version > upToVersion)
            continue;
        QFile file(u":/migrations/"_s + name);
        if (!file.open(QIODevice::ReadOnly))
            return ServiceError::internal(u"migrate"_s, u"cannot read migration %1"_s.arg(name));
        const QString script = QString::fromUtf8(file.readAll());
        const Status applied = transaction([&]() -> Status {
            QSqlQuery query(connection());
            for (const QString &statement : statements(script)) {
                if (!query.exec(statement))
                    return dbError(u"migration %1"_s.arg(name), query.lastError());
            }
            if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
                return dbError(u"migration %1"_s.arg(name), query.lastError());
            return Done {};
        });
        if (!applied)
            return applied;
        qCInfo(lcDb) << "database migrated to schema version" << version;
    }
    return Done {};
}
