// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backuparchive.h"
#include "common/clock.h"
#include "common/result.h"

#include <memory>

class Database;

// GET /api/system/backup (PROTOCOL.md §4.9): a consistent snapshot of the library at one instant, as an
// archive that streams. The snapshot is a copy of the database (VACUUM INTO) and hard links to every file of
// the music and the trash, taken on the event loop between two changes, so rows and files always match; the
// links keep the files as they were while the archive streams, whatever the box does meanwhile. The snapshot
// folder goes when the archive does.
class BackupService
{
public:
    struct Config
    {
        QString dataDir;
        QString boxVersion;
    };

    static constexpr int formatVersion = 1;
    static inline const QString formatName = QStringLiteral("openmusicbox-backup");

    BackupService(Config config, Database &database, const Clock &clock);

    Result<std::unique_ptr<BackupArchive>> createArchive();
    // "openmusicbox-backup-2026-12-06-1530.tar", in the box's local time.
    QString fileName() const;
    // At start: snapshot folders of a run that was killed while streaming.
    void sweepLeftovers() const;

private:
    QString snapshotRoot() const;

    Config m_config;
    Database &m_database;
    const Clock &m_clock;
};
