// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfixture.h"

#include "backup/tarformat.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Reads one scalar from a database file with a connection of its own.
template<typename Read> auto withDatabase(const QString &file, Read read)
{
    const QString name = QUuid::createUuid().toString();
    decltype(read(std::declval<QSqlQuery &>())) result {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            result = read(query);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

BackupFixture::BackupFixture(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

bool BackupFixture::create(const QString &playlistTitle, int playlistSeq, qint64 serverSeq)
{
    if (!QDir().mkpath(m_dataDir + u"/music/"_s + playlistTitle) || !QDir().mkpath(m_dataDir + u"/trash"_s))
        return false;
    if (!m_database.open(m_dataDir + u"/openmusicbox.db"_s))
        return false;
    QSqlQuery query(m_database.connection());
    const QString now = u"2026-12-01T10:00:00.000Z"_s;
    bool ok = query.exec(u"INSERT INTO playlists (id, title, folder, created_at, updated_at, playlist_seq) "
                         "VALUES ('p1', '%1', '%1', '%2', '%2', %3)"_s.arg(playlistTitle, now)
                             .arg(playlistSeq))
        && query.exec(u"INSERT INTO counters (name, value) VALUES ('server_seq', %1)"_s.arg(serverSeq));
    for (int i = 1; ok && i <= 2; ++i) {
        const QString file = u"track%1.wav"_s.arg(i);
        ok = query.exec(u"INSERT INTO tracks (id, playlist_id, track_number, title, filename, created_at, "
                        "updated_at) VALUES ('t%1', 'p1', %1, 'Track %1', '%2', '%3', '%3')"_s.arg(i)
                            .arg(file, now));
        QFile audio(m_dataDir + u"/music/"_s + playlistTitle + u'/' + file);
        ok = ok && audio.open(QIODevice::WriteOnly)
            && audio.write(QByteArray(1000 * i, char('a' + i)) + playlistTitle.toUtf8()) > 0;
    }
    return ok;
}

QByteArray BackupFixture::tar(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray archive;
    for (const auto &[path, content] : files) {
        archive += TarFormat::fileHeader(path, content.size(), 0);
        archive += content;
        archive += QByteArray(TarFormat::paddingFor(content.size()), '\0');
    }
    return archive + TarFormat::endOfArchive();
}

QMap<QString, QByteArray> BackupFixture::untar(const QByteArray &archive)
{
    QMap<QString, QByteArray> files;
    qsizetype at = 0;
    QString paxPath;
    while (at + TarFormat::blockSize <= archive.size()) {
        bool isEnd = false;
        const auto header = TarFormat::parseHeader(archive.mid(at, TarFormat::blockSize), &isEnd);
        if (isEnd)
            return files;
        if (!header)
            break;
        at += TarFormat::blockSize;
        const QByteArray content = archive.mid(at, header->size);
        at += header->size + TarFormat::paddingFor(header->size);
        if (header->type == TarFormat::Header::Type::PaxExtended) {
            paxPath = TarFormat::paxPath(content).value_or(QString());
            continue;
        }
        files.insert(paxPath.isEmpty() ? header->path : paxPath, content);
        paxPath.clear();
    }
    files.insert(u"!error"_s, {});
    return files;
}

QMap<QString, int> BackupFixture::playlistRevisions(const QString &databaseFile)
{
    return withDatabase(databaseFile, [](QSqlQuery &query) {
        QMap<QString, int> revisions;
        query.exec(u"SELECT title, playlist_seq FROM playlists"_s);
        while (query.next())
            revisions.insert(query.value(0).toString(), query.value(1).toInt());
        return revisions;
    });
}

qint64 BackupFixture::counter(const QString &databaseFile, const QString &name)
{
    return withDatabase(databaseFile, [&name](QSqlQuery &query) {
        query.prepare(u"SELECT value FROM counters WHERE name = ?"_s);
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toLongLong() : qint64(-1);
    });
}
