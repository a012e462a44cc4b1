// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trashentry.h"

#include <QList>

class Database;

// The trash_entries table: what is in the trash and the rows to put back. Only rows; the files are the trash
// folder's (TrashBin, TrashService).
class TrashRepository
{
public:
    explicit TrashRepository(Database &database);

    Status insert(const TrashEntry &entry);
    Status remove(const QString &entryId);
    std::optional<TrashEntry> find(const QString &entryId) const;
    // Newest first.
    Result<QList<TrashEntry>> all() const;
    // The ids of entries deleted before `cutoff` (ISO UTC), oldest first.
    Result<QStringList> deletedBefore(const QString &cutoff) const;

private:
    Database &m_database;
};
