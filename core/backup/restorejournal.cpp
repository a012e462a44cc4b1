// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorejournal.h"

#include "system/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString databaseName = u"openmusicbox.db"_s;

bool exists(const QString &path)
{
    return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
}

// Data and the directory entries the renames wrote reach the disk before the next step depends on them.
void flushFileSystem(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::syncfs(fd);
    ::close(fd);
}

} // namespace

RestoreJournal::RestoreJournal(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

QString RestoreJournal::restoreDir() const
{
    return m_dataDir + u"/restore"_s;
}

QString RestoreJournal::stagedDir() const
{
    return restoreDir() + u"/staged"_s;
}

bool RestoreJournal::isCommitted() const
{
    return QFileInfo::exists(restoreDir() + u"/commit"_s);
}

Status RestoreJournal::commit() const
{
    flushFileSystem(restoreDir());
    QSaveFile marker(restoreDir() + u"/commit"_s);
    if (!marker.open(QIODevice::WriteOnly) || marker.write("staged\n") < 0 || !marker.commit())
        return ServiceError::internal(
            u"restore"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the restore could not be committed")));
    flushFileSystem(restoreDir());
    return Done {};
}

Result<bool> RestoreJournal::recover(int stopAfterSteps) const
{
    if (!QFileInfo::exists(restoreDir()))
        return false;
    const bool committed = isCommitted();
    if (committed && !rollForward(stopAfterSteps))
        return ServiceError::internal(u"restore"_s,
                                      QString::fromUtf8(QT_TRANSLATE_NOOP(
                                          "ServiceError", "the restored library could not be put in place")));
    if (!QDir(restoreDir()).removeRecursively())
        qCWarning(lcLibrary).noquote() << "could not remove" << restoreDir();
    return committed;
}

bool RestoreJournal::rollForward(int stopAfterSteps) const
{
    const QString staged = stagedDir();
    const QString previous = restoreDir() + u"/previous"_s;
    QDir().mkpath(previous);
    int steps = 0;
    // One rename, skipped when it already happened; false when the roll forward must stop here.
    auto move = [&steps, stopAfterSteps](const QString &from, const QString &to) {
        if (stopAfterSteps >= 0 && steps >= stopAfterSteps)
            return false;
        if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
            qCCritical(lcLibrary).noquote()
                << "restore: cannot move" << from << "to" << to << ':' << qt_error_string(errno);
            return false;
        }
        ++steps;
        return true;
    };
    for (const QString &folder : {u"music"_s, u"trash"_s}) {
        if (!exists(staged + u'/' + folder))
            continue;
        const QString live = m_dataDir + u'/' + folder;
        if (exists(live) && !move(live, previous + u'/' + folder))
            return false;
        if (!move(staged + u'/' + folder, live))
            return false;
    }
    if (exists(staged + u'/' + databaseName)) {
        // The write-ahead log and its index belong to the old database: left beside the new one they would be
        // replayed into it.
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s, QString()}) {
            const QString live = m_dataDir + u'/' + databaseName + suffix;
            if (exists(live) && !move(live, previous + u'/' + databaseName + suffix))
                return false;
        }
        if (!move(staged + u'/' + databaseName, m_dataDir + u'/' + databaseName))
            return false;
    }
    if (stopAfterSteps >= 0 && steps >= stopAfterSteps)
        return false;
    flushFileSystem(m_dataDir);
    carryOverSequences();
    qCInfo(lcLibrary) << "restore: the library from the backup is in place";
    return true;
}

void RestoreJournal::carryOverSequences() const
{
    const QString oldDatabase = restoreDir() + u"/previous/"_s + databaseName;
    if (!QFileInfo::exists(oldDatabase))
        return;
    const QString connectionName = u"restore-carry-over"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(m_dataDir + u'/' + databaseName);
        QSqlQuery query(db);
        const QStringList statements {
            u"ATTACH DATABASE '%1' AS old"_s.arg(QString(oldDatabase).replace(u"'"_s, u"''"_s)), u"BEGIN"_s,
            u"INSERT INTO counters (name, value) SELECT name, value FROM old.counters WHERE true "
            "ON CONFLICT (name) DO UPDATE SET value = MAX(value, excluded.value)"_s,
            u"UPDATE playlists SET playlist_seq = 1 + MAX(playlist_seq, "
            "(SELECT o.playlist_seq FROM old.playlists o WHERE o.id = playlists.id)) "
            "WHERE id IN (SELECT id FROM old.playlists)"_s,
            u"COMMIT"_s};
        bool ok = db.open();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
        }
        if (!ok)
            qCWarning(lcLibrary).noquote()
                << "restore: sequence numbers not carried over:"
                << (db.isOpen() ? query.lastError().text() : db.lastError().text());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
