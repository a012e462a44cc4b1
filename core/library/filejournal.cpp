// SPDX-License-Identifier: GPL-3.0-or-later
#include "filejournal.h"

#include "database.h"
#include "system/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void syncDirectory(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

FileJournal::FileJournal(Database &database)
    : m_database(database)
{ }

Status FileJournal::commit(const std::function<Status()> &rowChange, const QList<FileOp> &operations)
{
    const Status committed = m_database.transaction([&]() -> Status {
        const Status changed = rowChange();
        if (!changed)
            return changed;
        QSqlQuery insert(m_database.connection());
        insert.prepare(u"INSERT INTO pending_file_ops (kind, from_path, to_path) VALUES (?, ?, ?)"_s);
        for (const FileOp &op : operations) {
            insert.addBindValue(op.kind == FileOp::Kind::Rename ? u"rename"_s : u"remove"_s);
            insert.addBindValue(op.from);
            insert.addBindValue(op.to.isNull() ? u""_s : op.to); // a null QString binds as SQL NULL
            if (!insert.exec())
                return ServiceError::internal(u"journal"_s, insert.lastError().text());
        }
        return Done {};
    });
    if (!committed)
        return committed;
    replay();
    return Done {};
}

int FileJournal::replay()
{
    QSqlQuery pending(m_database.connection());
    if (!pending.exec(u"SELECT id, kind, from_path, to_path FROM pending_file_ops ORDER BY id"_s)) {
        qCWarning(lcLibrary) << "cannot read the file journal:" << pending.lastError().text();
        return 0;
    }
    QList<std::pair<qint64, FileOp>> operations;
    while (pending.next()) {
        FileOp op;
        op.kind = pending.value(1).toString() == "remove"_L1 ? FileOp::Kind::Remove : FileOp::Kind::Rename;
        op.from = pending.value(2).toString();
        op.to = pending.value(3).toString();
        operations.append({pending.value(0).toLongLong(), op});
    }
    QSqlQuery done(m_database.connection());
    done.prepare(u"DELETE FROM pending_file_ops WHERE id = ?"_s);
    for (const auto &[id, op] : operations) {
        if (!carryOut(op))
            continue; // stays pending; tried again at the next start
        done.addBindValue(id);
        if (!done.exec())
            qCWarning(lcLibrary) << "cannot clear a journal entry:" << done.lastError().text();
    }
    return int(operations.size());
}

bool FileJournal::carryOut(const FileOp &op)
{
    const QFileInfo from(op.from);
    if (op.kind == FileOp::Kind::Remove) {
        if (!from.exists() && !from.isSymLink())
            return true;
        const bool removed = from.isDir() ? QDir(op.from).removeRecursively() : QFile::remove(op.from);
        if (!removed)
            qCWarning(lcLibrary).noquote() << "cannot remove" << op.from;
        return removed;
    }
    if (!from.exists())
        return true; // already renamed before the interruption
    if (QFileInfo::exists(op.to)) {
        qCWarning(lcLibrary).noquote()
            << "cannot rename" << op.from << "to" << op.to << ": the target exists";
        return true;
    }
    const QString toFolder = QFileInfo(op.to).absolutePath();
    QDir().mkpath(toFolder);
    if (!QDir().rename(op.from, op.to)) {
        qCWarning(lcLibrary).noquote() << "cannot rename" << op.from << "to" << op.to;
        return false;
    }
    // On disk before the journal forgets the operation: else a power cut could undo the rename after it.
    syncDirectory(toFolder);
    if (from.absolutePath() != toFolder)
        syncDirectory(from.absolutePath());
    return true;
}
