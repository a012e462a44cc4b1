// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorestager.h"

#include "backupservice.h"
#include "tarformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 copyBlock = 64 * 1024;
constexpr int longestPath = 4096;
constexpr int firstSchemaWithStreams = 10; // tracks.stream_url

ServiceError refused(const QString &message)
{
    return ServiceError::validation(u"archive"_s, message);
}

// Only what a backup holds, and nowhere outside the staging folder.
bool isAllowedPath(const QString &path)
{
    if (path.isEmpty() || path.size() > longestPath || path.startsWith(u'/') || path.contains(QChar(0)))
        return false;
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments)
        if (segment.isEmpty() || segment == u"."_s || segment == u".."_s)
            return false;
    if (segments.size() == 1)
        return path == u"manifest.json"_s || path == u"openmusicbox.db"_s;
    return segments.first() == u"music"_s || segments.first() == u"trash"_s;
}

Status copyInto(QFile &archive, qint64 size, const QString &target)
{
    if (!QDir().mkpath(QFileInfo(target).path()))
        return ServiceError::internal(
            u"restore"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create a folder for %1"))
                .arg(target));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ServiceError::internal(
            u"restore"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot write %1: %2"))
                .arg(target, out.errorString()));
    QByteArray buffer;
    while (size > 0) {
        buffer = archive.read(qMin(size, copyBlock));
        if (buffer.isEmpty())
            return refused(QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the archive ends in the middle of a file")));
        if (out.write(buffer) != buffer.size())
            return ServiceError {
                ErrorType::InsufficientStorage,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the restore could not be written: %1"))
                    .arg(out.errorString()),
                {}};
        size -= buffer.size();
    }
    return Done {};
}

} // namespace

Result<RestoreStager::Summary> RestoreStager::stage(const QString &archivePath, const QString &stagedDir,
                                                    int newestSchema)
{
    QDir(stagedDir).removeRecursively();
    Summary summary;
    Status checked = unpack(archivePath, stagedDir, summary);
    if (checked)
        checked = checkManifest(stagedDir, summary);
    if (checked)
        checked = checkDatabase(stagedDir, newestSchema, summary);
    if (!checked) {
        QDir(stagedDir).removeRecursively();
        return checked.error();
    }
    // A backup of an empty library has neither folder; the restore must still replace both.
    for (const QString &folder : {u"music"_s, u"trash"_s})
        QDir().mkpath(stagedDir + u'/' + folder);
    return summary;
}

Status RestoreStager::unpack(const QString &archivePath, const QString &stagedDir, Summary &summary)
{
    QFile archive(archivePath);
    if (!archive.open(QIODevice::ReadOnly))
        return ServiceError::internal(
            u"restore"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot read the uploaded archive")));
    QSet<QString> seen;
    QString nextPath; // from a pax record
    while (true) {
        const QByteArray block = archive.read(TarFormat::blockSize);
        if (block.size() != TarFormat::blockSize)
            return refused(QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the archive is cut short (no end of archive)")));
        bool isEnd = false;
        const std::optional<TarFormat::Header> header = TarFormat::parseHeader(block, &isEnd);
        if (isEnd)
            break;
        if (!header)
            return refused(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a tar header at byte %1 is damaged"))
                    .arg(archive.pos() - TarFormat::blockSize));
        if (header->size > archive.size() - archive.pos())
            return refused(QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "an entry is longer than the rest of the archive")));
        const qint64 padded = header->size + TarFormat::paddingFor(header->size);
        switch (header->type) {
        case TarFormat::Header::Type::PaxExtended: {
            if (header->size > 64 * 1024)
                return refused(
                    QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a pax header is too long")));
            const std::optional<QString> path = TarFormat::paxPath(archive.read(padded).left(header->size));
            if (!path)
                return refused(
                    QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a pax header is damaged")));
            nextPath = *path;
            continue;
        }
        case TarFormat::Header::Type::PaxGlobal:
        case TarFormat::Header::Type::Directory:
            archive.skip(padded);
            nextPath.clear();
            continue;
        case TarFormat::Header::Type::Other:
            return refused(
                QString::fromUtf8(
                    QT_TRANSLATE_NOOP("ServiceError", "the archive holds a link or a special file (%1)"))
                    .arg(header->path));
        case TarFormat::Header::Type::File:
            break;
        }
        const QString path = nextPath.isEmpty() ? header->path : nextPath;
        nextPath.clear();
        if (!isAllowedPath(path))
            return refused(
                QString::fromUtf8(
                    QT_TRANSLATE_NOOP("ServiceError", "the archive holds an entry a backup never has: %1"))
                    .arg(path.left(200)));
        if (seen.contains(path))
            return refused(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the archive holds %1 twice")).arg(path));
        seen.insert(path);
        if (const Status copied = copyInto(archive, header->size, stagedDir + u'/' + path); !copied)
            return copied;
        archive.skip(TarFormat::paddingFor(header->size));
        ++summary.files;
        summary.bytes += header->size;
    }
    if (!seen.contains(u"manifest.json"_s) || !seen.contains(u"openmusicbox.db"_s))
        return refused(QString::fromUtf8(QT_TRANSLATE_NOOP(
            "ServiceError",
            "the archive is no backup of a music box (no manifest.json or openmusicbox.db)")));
    return Done {};
}

Status RestoreStager::checkManifest(const QString &stagedDir, Summary &summary)
{
    QFile file(stagedDir + u"/manifest.json"_s);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return refused(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "manifest.json cannot be read")));
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    if (manifest.value(u"format"_s).toString() != BackupService::formatName)
        return refused(QString::fromUtf8(
            QT_TRANSLATE_NOOP("ServiceError", "manifest.json does not describe a music box backup")));
    if (manifest.value(u"format_version"_s).toInt() != BackupService::formatVersion)
        return refused(
            QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the backup format version %1 is not one this box reads"))
                .arg(manifest.value(u"format_version"_s).toInt()));
    summary.createdAt = manifest.value(u"created_at"_s).toString();
    return Done {};
}

Status RestoreStager::checkDatabase(const QString &stagedDir, int newestSchema, Summary &summary)
{
    const QString connectionName = u"restore-check-"_s + QString::number(quintptr(&summary), 16);
    Status result = Done {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(stagedDir + u"/openmusicbox.db"_s);
        QSqlQuery query(db);
        auto scalar = [&query](const QString &sql) -> std::optional<QVariant> {
            if (!query.exec(sql) || !query.next())
                return std::nullopt;
            return query.value(0);
        };
        const std::optional<QVariant> integrity
            = db.open() ? scalar(u"PRAGMA integrity_check"_s) : std::nullopt;
        const int version = scalar(u"PRAGMA user_version"_s).value_or(0).toInt();
        if (!integrity || integrity->toString() != u"ok"_s) {
            result = refused(QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the database in the archive is damaged")));
        } else if (version < 1 || version > newestSchema) {
            result = refused(
                QString::fromUtf8(
                    QT_TRANSLATE_NOOP(
                        "ServiceError",
                        "the database in the archive has schema version %1; this box reads 1 to %2"))
                    .arg(version)
                    .arg(newestSchema));
        } else if (!query.exec(u"SELECT p.folder, t.filename, %1 FROM tracks t JOIN playlists p "
                               "ON p.id = t.playlist_id"_s.arg(version >= firstSchemaWithStreams
                                                                   ? u"t.stream_url IS NOT NULL"_s
                                                                   : u"0"_s))) {
            result = refused(QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the database in the archive has no library tables")));
        } else {
            summary.schemaVersion = version;
            while (query.next()) {
                ++summary.tracks;
                if (query.value(2).toBool())
                    continue; // a stream track has no file
                const QString file
                    = u"music/"_s + query.value(0).toString() + u'/' + query.value(1).toString();
                if (!QFileInfo::exists(stagedDir + u'/' + file)) {
                    result = refused(
                        QString::fromUtf8(
                            QT_TRANSLATE_NOOP("ServiceError", "the archive lacks the file of a track: %1"))
                            .arg(file));
                    break;
                }
            }
            if (result)
                result = makePlaylistFolders(query, stagedDir, summary);
            // File moves of the box the backup came from mean nothing here.
            if (result && !query.exec(u"DELETE FROM pending_file_ops"_s))
                result = refused(QString::fromUtf8(
                    QT_TRANSLATE_NOOP("ServiceError", "the database in the archive cannot be prepared")));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

// A playlist without tracks has no file, so a tar of files carries no folder for it; without its folder the
// next library sync would take the playlist for one deleted on disk.
Status RestoreStager::makePlaylistFolders(QSqlQuery &query, const QString &stagedDir, Summary &summary)
{
    if (!query.exec(u"SELECT folder FROM playlists"_s))
        return refused(QString::fromUtf8(
            QT_TRANSLATE_NOOP("ServiceError", "the database in the archive has no library tables")));
    while (query.next()) {
        const QString folder = query.value(0).toString();
        if (folder.isEmpty() || folder.contains(u'/') || folder == u"."_s || folder == u".."_s)
            return refused(QString::fromUtf8(
                               QT_TRANSLATE_NOOP(
                                   "ServiceError",
                                   "the database in the archive names a playlist folder outside music/: %1"))
                               .arg(folder.left(200)));
        if (!QDir().mkpath(stagedDir + u"/music/"_s + folder))
            return ServiceError::internal(
                u"restore"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create the folder %1"))
                    .arg(folder));
        ++summary.playlists;
    }
    return Done {};
}
