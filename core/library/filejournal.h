// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <functional>

class Database;

// Keeps the music folders and the database consistent across a kill at any instant: a row change and the file
// operations it implies are committed together (write-ahead), then carried out; whatever a power cut
// interrupted is carried out at the next start by replay(). Every operation is idempotent.
class FileJournal
{
public:
    struct FileOp
    {
        enum class Kind { Rename, Remove };
        Kind kind = Kind::Rename;
        QString from;
        QString to; // Rename only
    };

    explicit FileJournal(Database &database);

    // Commits rowChange and the operations in one transaction, then carries the operations out.
    Status commit(const std::function<Status()> &rowChange, const QList<FileOp> &operations);
    // Carries out every committed operation still pending; returns how many there were.
    int replay();

private:
    static bool carryOut(const FileOp &operation);

    Database &m_database;
};
