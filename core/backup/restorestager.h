// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

class QSqlQuery;

// Unpacks a backup archive into a staging folder and checks it completely before anything of the running
// library is touched: every tar block (checksums, sizes, an end), only the entries a backup holds
// (manifest.json, openmusicbox.db, music/..., trash/...; no links, no absolute or ".." paths, no duplicates),
// the manifest's format, a database that passes integrity_check with a schema this box can read, and the file
// of every track. The folder of a playlist without tracks is made. Runs on a worker thread: it uses its own
// database connection and no QObject of the box.
class RestoreStager
{
public:
    struct Summary
    {
        int playlists = 0;
        int tracks = 0;
        int files = 0;
        qint64 bytes = 0;
        int schemaVersion = 0;
        QString createdAt;
    };

    // `newestSchema`: the schema version this box writes; a newer archive is refused.
    static Result<Summary> stage(const QString &archivePath, const QString &stagedDir, int newestSchema);

private:
    static Status unpack(const QString &archivePath, const QString &stagedDir, Summary &summary);
    static Status checkManifest(const QString &stagedDir, Summary &summary);
    static Status checkDatabase(const QString &stagedDir, int newestSchema, Summary &summary);
    static Status makePlaylistFolders(QSqlQuery &query, const QString &stagedDir, Summary &summary);
};
