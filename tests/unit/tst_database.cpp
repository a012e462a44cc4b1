// SPDX-License-Identifier: GPL-3.0-or-later
// Database: every older schema version (an empty file, each version the migrations produce, and a fixture
// with data per released version) opens and migrates to the current one without losing rows; a newer schema
// is refused; WAL and foreign keys are on for every connection.

#include "library/counterrepository.h"
#include "library/database.h"
#include "library/playlistrepository.h"
#include "library/resumepointrepository.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// A plain connection that bypasses Database, as another program (or an older box) would open the file.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
};

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

QStringList tableNames(const Database &database)
{
    QStringList names;
    QSqlQuery query(database.connection());
    query.exec(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QString fixtureDir()
{
    return TestPaths::sourceDir() + u"/tests/fixtures/database"_s;
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void emptyFileMigratesToCurrent();
    void missingFileIsCreated();
    void everyMigratedVersionUpgrades_data();
    void everyMigratedVersionUpgrades();
    void fixtureOfEveryReleasedVersionMigrates_data();
    void fixtureOfEveryReleasedVersionMigrates();
    void newerSchemaIsRefused();
    void walIsOn();
    void foreignKeysAreOnForEveryConnection();
    void deletingAPlaylistCascades();
    void failedTransactionRollsBack();
    void reopeningKeepsTheData();
    void releasedCacheIsReadAgain();
    void coverScannerQuestionsUseTheirIndexes();

private:
    QString dbPath() const { return m_dir->filePath(u"openmusicbox.db"_s); }
    // What the connection's page cache holds now (SQLite's own count, through the driver's handle).
    static int cacheBytes(const Database &database)
    {
        const QVariant handle = database.connection().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return -1;
        int current = 0;
        int highest = 0;
        sqlite3_db_status(*static_cast<sqlite3 *const *>(handle.constData()), SQLITE_DBSTATUS_CACHE_USED,
                          &current, &highest, 0);
        return current;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::emptyFileMigratesToCurrent()
{
    // Version 0: the zero-byte file SQLite would create.
    QFile empty(dbPath());
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    Database database;
    const Status opened = database.open(dbPath());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QVERIFY(database.isOpen());
    QCOMPARE(database.userVersion(), Database::schemaVersion);
    const QStringList tables = tableNames(database);
    for (const QString &table :
         {u"playlists"_s, u"tracks"_s, u"tag_associations"_s, u"resume_points"_s, u"counters"_s}) {
        QVERIFY2(tables.contains(table), qPrintable(table));
    }
    QCOMPARE(
        scalar(database, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'playlists_by_update'"_s).toInt(),
        1);
    QCOMPARE(scalar(database, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void tst_Database::missingFileIsCreated()
{
    const QString nested = m_dir->filePath(u"new/data/openmusicbox.db"_s);
    Database database;
    QVERIFY(database.open(nested).ok());
    QVERIFY(QFile::exists(nested));
    QCOMPARE(database.userVersion(), Database::schemaVersion);
}

void tst_Database::everyMigratedVersionUpgrades_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Database::schemaVersion; ++version)
        QTest::addRow("from version %d", version) << version;
}

void tst_Database::everyMigratedVersionUpgrades()
{
    QFETCH(int, version);
    {
        Database old;
        QVERIFY(old.open(dbPath(), version).ok());
        QCOMPARE(old.userVersion(), version);
    }
    Database database;
    const Status opened = database.open(dbPath());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(database.userVersion(), Database::schemaVersion);
    QCOMPARE(scalar(database, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void tst_Database::fixtureOfEveryReleasedVersionMigrates_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList fixtures = QDir(fixtureDir()).entryList({u"v*.sql"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!fixtures.isEmpty(), qPrintable(u"no fixtures in "_s + fixtureDir()));
    for (const QString &name : fixtures)
        QTest::newRow(qPrintable(name)) << fixtureDir() + u'/' + name;
}

void tst_Database::fixtureOfEveryReleasedVersionMigrates()
{
    QFETCH(QString, fixture);
    QFile file(fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString script;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().startsWith("--"_L1))
            script += line + u'\n';
    }
    {
        RawConnection raw(dbPath());
        for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(raw.db());
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text() + u": "_s + statement));
        }
        QVERIFY(raw.scalar(u"PRAGMA user_version"_s).toInt() <= Database::schemaVersion);
    }

    Database database;
    const Status opened = database.open(dbPath());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(database.userVersion(), Database::schemaVersion);

    // Every row of the fixture reads back through today's repositories.
    PlaylistRepository playlists(database, m_dir->filePath(u"music"_s));
    const auto bedtime = playlists.find(u"6f1c3c55-3d2a-4c38-9a61-2b8f6c0b7a01"_s);
    QVERIFY(bedtime);
    QCOMPARE(bedtime->title, u"Bedtime"_s);
    QCOMPARE(bedtime->description, u"quiet songs"_s);
    QCOMPARE(bedtime->playlistSeq, Q_INT64_C(4));
    QCOMPARE(bedtime->lastPlayedMs, Q_INT64_C(1738398600000));
    QCOMPARE(bedtime->nfcTagId, std::optional<QString>(u"04a1b2c3d4e5f6"_s));
    QCOMPARE(bedtime->trackCount(), 2);
    QCOMPARE(bedtime->tracks[0].title, u"Lullaby"_s);
    QCOMPARE(bedtime->tracks[0].artist, std::optional<QString>(u"Brahms"_s));
    QVERIFY(!bedtime->tracks[0].album);
    QVERIFY(bedtime->tracks[0].hasCover);
    QCOMPARE(bedtime->tracks[0].playCount, 3);
    QCOMPARE(bedtime->tracks[1].trackNumber, 3);
    QCOMPARE(bedtime->tracks[1].durationMs, Q_INT64_C(95000));
    const auto summer = playlists.findByFolder(u"Chansons d'été"_s);
    QVERIFY(summer);
    QCOMPARE(summer->tracks.first().album, std::optional<QString>(u"Été"_s));
    QCOMPARE(playlists.all().size(), 2);

    ResumePointRepository resume(database);
    const auto point = resume.find(bedtime->id);
    QVERIFY(point);
    QCOMPARE(point->positionMs, Q_INT64_C(42000));
    CounterRepository counters(database);
    QCOMPARE(counters.value(u"server_seq"_s), std::optional<qint64>(123456));
    QCOMPARE(scalar(database, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
}

void tst_Database::newerSchemaIsRefused()
{
    {
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(u"CREATE TABLE future (x INTEGER)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
    }
    Database database;
    const Status opened = database.open(dbPath());
    QVERIFY(!opened.ok());
    const QString message = opened.error().message;
    QVERIFY2(message.contains(u"99"_s) && message.contains(u"newer"_s), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Database::schemaVersion)), qPrintable(message));
    QVERIFY(!database.isOpen());

    // Nothing was touched: the file keeps its version and its tables.
    RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 99);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'playlists'"_s).toInt(), 0);
}

void tst_Database::walIsOn()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    QCOMPARE(scalar(database, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    CounterRepository counters(database);
    QVERIFY(counters.setValue(u"x"_s, 1).ok());
    QVERIFY(QFile::exists(dbPath() + u"-wal"_s));
    // WAL is a property of the file: another connection sees it too.
    RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void tst_Database::foreignKeysAreOnForEveryConnection()
{
    Database first;
    Database second;
    QVERIFY(first.open(dbPath()).ok());
    QVERIFY(second.open(dbPath()).ok());
    const QString orphan = u"INSERT INTO tracks (id, playlist_id, track_number, title, filename, created_at, "
                           "updated_at) VALUES ('%1', 'no-such-playlist', 1, 't', 'f.mp3', 'x', 'x')"_s;
    for (Database *database : {&first, &second}) {
        QCOMPARE(scalar(*database, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QSqlQuery insert(database->connection());
        QVERIFY(!insert.exec(orphan.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        QVERIFY2(insert.lastError().text().contains(u"FOREIGN KEY"_s), qPrintable(insert.lastError().text()));
    }
    // SQLite's default is off per connection: Database is what turns it on.
    RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(u"PRAGMA foreign_keys"_s).toInt(), 0);
}

void tst_Database::deletingAPlaylistCascades()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    PlaylistRepository playlists(database, m_dir->filePath(u"music"_s));
    const auto playlist = playlists.create(u"Cascade"_s, u""_s, u"Cascade"_s);
    QVERIFY(playlist);
    QVERIFY(playlists.addTrack(playlist->id, {u"t"_s, u"t.mp3"_s, 1000, {}, {}, false, 0}));
    QVERIFY(playlists.assignTag(playlist->id, u"0a0b0c0d"_s));
    QVERIFY(playlists.remove(playlist->id).ok());
    QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM tracks"_s).toInt(), 0);
    QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM tag_associations"_s).toInt(), 0);
}

void tst_Database::failedTransactionRollsBack()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    CounterRepository counters(database);
    QVERIFY(counters.setValue(u"kept"_s, 1).ok());
    const Status result = database.transaction([&]() -> Status {
        if (!counters.setValue(u"kept"_s, 2).ok())
            return ServiceError::internal(u"test"_s, u"unexpected"_s);
        return ServiceError::internal(u"test"_s, u"abandon"_s);
    });
    QVERIFY(!result.ok());
    QCOMPARE(counters.value(u"kept"_s), std::optional<qint64>(1));
}

void tst_Database::reopeningKeepsTheData()
{
    {
        Database database;
        QVERIFY(database.open(dbPath()).ok());
        QVERIFY(CounterRepository(database).setValue(u"seq"_s, 77).ok());
    }
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    QCOMPARE(CounterRepository(database).value(u"seq"_s), std::optional<qint64>(77));
    QCOMPARE(database.userVersion(), Database::schemaVersion);
}

// The pages a read kept in SQLite's cache go back to the system, and the next read finds the same rows.
void tst_Database::releasedCacheIsReadAgain()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"CREATE TABLE filler (x BLOB)"_s));
    QVERIFY(query.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                       "INSERT INTO filler SELECT randomblob(1000) FROM n"_s));
    const auto filledBytes = [&] {
        QSqlQuery sum(database.connection());
        return sum.exec(u"SELECT sum(length(x)) FROM filler"_s) && sum.next() ? sum.value(0).toLongLong()
                                                                              : -1;
    };
    QCOMPARE(filledBytes(), 1000 * 1000);
    const int cached = cacheBytes(database);
    QVERIFY2(cached > 1000 * 1000, qPrintable(QString::number(cached)));

    database.releaseCache();
    QVERIFY2(cacheBytes(database) < cached / 10, qPrintable(QString::number(cacheBytes(database))));
    QCOMPARE(filledBytes(), 1000 * 1000);
}

// CoverRepository::pending's two questions, as it asks them: answered from schema 12's partial indexes, so a
// batch never walks past the rows the scanner has looked at already (SQLite's plan says which index it uses).
void tst_Database::coverScannerQuestionsUseTheirIndexes()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    const auto plan = [&](const QString &sql) {
        QSqlQuery query(database.connection());
        QStringList details;
        if (query.exec(u"EXPLAIN QUERY PLAN "_s + sql)) {
            while (query.next())
                details << query.value(3).toString();
        }
        return details.join(u"; "_s);
    };
    const QString tracks
        = plan(u"SELECT t.id, t.playlist_id, p.folder, t.filename FROM tracks t JOIN playlists p "
               "ON p.id = t.playlist_id WHERE t.cover IS NULL ORDER BY t.playlist_id, "
               "t.track_number LIMIT 32"_s);
    QVERIFY2(tracks.contains(u"USING INDEX tracks_cover_pending"_s), qPrintable(tracks));
    QVERIFY2(!tracks.contains(u"TEMP B-TREE"_s), qPrintable(tracks)); // no sort of every pending track
    const QString folders
        = plan(u"SELECT id, folder FROM playlists WHERE cover IS NULL ORDER BY created_at LIMIT 32"_s);
    QVERIFY2(folders.contains(u"USING INDEX playlists_cover_pending"_s), qPrintable(folders));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
