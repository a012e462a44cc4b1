// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupservice.h"

#include "common/ids.h"
#include "library/database.h"
#include "system/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The folders of <data-dir> that make the library, in archive order after the database.
const QStringList libraryFolders {u"music"_s, u"trash"_s};

// A hard link, so the snapshot keeps the file as it is now; where the file system has none, the file itself
// is streamed (a change under it then ends the download with an error, never with a wrong archive).
QString snapshotOf(const QString &source, const QString &link)
{
    if (::link(QFile::encodeName(source).constData(), QFile::encodeName(link).constData()) == 0)
        return link;
    return source;
}

} // namespace

BackupService::BackupService(Config config, Database &database, const Clock &clock)
    : m_config(std::move(config))
    , m_database(database)
    , m_clock(clock)
{ }

QString BackupService::snapshotRoot() const
{
    return m_config.dataDir + u"/snapshots"_s;
}

QString BackupService::fileName() const
{
    return u"openmusicbox-backup-%1.tar"_s.arg(m_clock.nowUtc().toLocalTime().toString(u"yyyy-MM-dd-HHmm"_s));
}

void BackupService::sweepLeftovers() const
{
    QDir root(snapshotRoot());
    if (root.exists() && !root.removeRecursively())
        qCWarning(lcLibrary).noquote() << "could not remove the backup snapshots in" << root.path();
}

Result<std::unique_ptr<BackupArchive>> BackupService::createArchive()
{
    const QString dir = snapshotRoot() + u'/' + Ids::newUuid();
    if (!QDir().mkpath(dir))
        return ServiceError::internal(
            u"backup"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create the snapshot folder")));
    auto removeSnapshot = [dir] { QDir(dir).removeRecursively(); };

    const QString databaseCopy = dir + u"/openmusicbox.db"_s;
    QSqlQuery vacuum(m_database.connection());
    if (!vacuum.exec(u"VACUUM INTO '%1'"_s.arg(QString(databaseCopy).replace(u"'"_s, u"''"_s)))) {
        removeSnapshot();
        const QString reason = vacuum.lastError().text();
        qCWarning(lcLibrary).noquote() << "backup: the database could not be copied:" << reason;
        return ServiceError {
            ErrorType::InsufficientStorage,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the database could not be copied: %1"))
                .arg(reason),
            {}};
    }

    QList<BackupArchive::Entry> files;
    qint64 bytes = 0;
    for (const QString &folder : libraryFolders) {
        const QString root = m_config.dataDir + u'/' + folder;
        QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QString madeDir;
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const QString relative = folder + u'/' + QDir(root).relativeFilePath(info.filePath());
            const QString linkDir = QFileInfo(dir + u'/' + relative).path();
            if (linkDir != madeDir && QDir().mkpath(linkDir))
                madeDir = linkDir;
            files.append({relative, snapshotOf(info.filePath(), dir + u'/' + relative), info.size(),
                          info.lastModified().toSecsSinceEpoch()});
            bytes += info.size();
        }
    }

    const QJsonObject manifest {{u"format"_s, formatName},
                                {u"format_version"_s, formatVersion},
                                {u"box_version"_s, m_config.boxVersion},
                                {u"schema_version"_s, m_database.userVersion()},
                                {u"created_at"_s, m_clock.nowUtc().toString(Qt::ISODateWithMs)},
                                {u"files"_s, int(files.size())},
                                {u"file_bytes"_s, bytes}};
    QSaveFile manifestFile(dir + u"/manifest.json"_s);
    if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(QJsonDocument(manifest).toJson()) < 0
        || !manifestFile.commit()) {
        removeSnapshot();
        return ServiceError {
            ErrorType::InsufficientStorage,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the backup manifest could not be written")),
            {}};
    }

    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QList<BackupArchive::Entry> entries {
        {u"manifest.json"_s, manifestFile.fileName(), QFileInfo(manifestFile.fileName()).size(), now},
        {u"openmusicbox.db"_s, databaseCopy, QFileInfo(databaseCopy).size(), now}};
    entries.append(files);
    qCInfo(lcLibrary).noquote() << "backup: snapshot of" << files.size() << "files," << bytes << "bytes";
    return std::make_unique<BackupArchive>(std::move(entries), removeSnapshot);
}
