// SPDX-License-Identifier: GPL-3.0-or-later
// A restore archive as a parent uploads it (PROTOCOL.md §4.9): any bytes. The stager unpacks and checks it;
// whatever it is, it is either refused as a validation error with nothing left staged, or staged whole, never
// outside its folder.

#include "backup/restorestager.h"
#include "fuzzcheck.h"
#include "library/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    silenceLogs();
    static QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("upload.tar"));
    const QString staged = dir.filePath(QStringLiteral("restore/staged"));
    {
        QFile file(archive);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    const Result<RestoreStager::Summary> result
        = RestoreStager::stage(archive, staged, Database::schemaVersion);
    if (!result) {
        FUZZ_CHECK(result.error().type == ErrorType::Validation
                   || result.error().type == ErrorType::Internal);
        FUZZ_CHECK(!QFileInfo::exists(staged));
    } else {
        FUZZ_CHECK(QFileInfo(staged + QStringLiteral("/openmusicbox.db")).isFile());
        FUZZ_CHECK(QFileInfo(staged + QStringLiteral("/music")).isDir());
        FUZZ_CHECK(result->tracks >= 0 && result->files >= 2);
        QDir(staged).removeRecursively();
    }
    // Nothing was ever written beside the staging folder.
    const QStringList top
        = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : top)
        FUZZ_CHECK(name == QStringLiteral("upload.tar") || name == QStringLiteral("restore"));
    QDirIterator restore(dir.filePath(QStringLiteral("restore")), QDir::AllEntries | QDir::NoDotAndDotDot);
    while (restore.hasNext())
        FUZZ_CHECK(restore.next() == staged);
    return 0;
}
