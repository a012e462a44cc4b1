// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

// The SQLite connection of the box: WAL, foreign keys on, numbered migrations from resources
// (":/migrations/NNN_name.sql") applied in one transaction each, version in PRAGMA user_version. A database
// written by a newer version is refused rather than guessed at.
class Database
{
public:
    static constexpr int schemaVersion = 14;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates the file. `upToVersion` limits migrations (tests of old
    // schemas).
    Status open(const QString &filePath, int upToVersion = schemaVersion);
    void close();
    bool isOpen() const;
    int userVersion() const;

    QSqlDatabase connection() const; // for the repositories in library/
    // Gives back the pages SQLite keeps in memory (up to 2 MB; the start's reads fill them) at the end of a
    // burst of work; the next query reads what it needs again, from the system's file cache.
    void releaseCache();
    // Runs work in one transaction; nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);

private:
    Status migrate(int upToVersion);

    QString m_connectionName;
    int m_transactionDepth = 0;
};
