// SPDX-License-Identifier: GPL-3.0-or-later
// A restore archive is checked completely before anything is swapped: a good backup stages whole; every kind
// of bad archive is refused with a reason (a 422 at the HTTP edge) and leaves nothing it unpacked behind.

#include "backup/backupservice.h"
#include "backup/restorestager.h"
#include "backupfixture.h"
#include "manualclock.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

using Files = QList<QPair<QString, QByteArray>>;

class tst_RestoreStager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodBackupStagesWhole();
    void badArchiveIsRefused_data();
    void badArchiveIsRefused();

private:
    Result<RestoreStager::Summary> stage(const QByteArray &archive);

    QTemporaryDir m_dir;
    Files m_backup; // the files of a real backup, to build variants from
    QByteArray m_backupBytes;
    QByteArray m_escapingFolder; // a database whose playlist folder points out of music/
};

namespace {

// A playlist without files: its folder is empty, so the archive holds nothing of it but its rows.
bool addEmptyPlaylist(BackupFixture &library, const QString &id, const QString &folder)
{
    QSqlQuery query(library.database().connection());
    return query.exec(
        u"INSERT INTO playlists (id, title, folder, created_at, updated_at, playlist_seq) "
        "VALUES ('%1', 'Quiet', '%2', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', 1)"_s.arg(
            id, folder));
}

// A radio in that playlist: a track with no file, which the archive needs none for.
bool addStreamTrack(BackupFixture &library, const QString &playlistId)
{
    QSqlQuery query(library.database().connection());
    return query.exec(
        u"INSERT INTO tracks (id, playlist_id, track_number, title, filename, created_at, updated_at, "
        "stream_url) VALUES ('s1', '%1', 1, 'Radio', 'stream-s1', '2026-12-01T10:00:00.000Z', "
        "'2026-12-01T10:00:00.000Z', 'http://radio.example/live')"_s.arg(playlistId));
}

QByteArray backupOf(BackupFixture &library)
{
    ManualClock clock;
    BackupService backups({library.dataDir(), u"1"_s}, library.database(), clock);
    auto archive = backups.createArchive();
    return archive ? archive->get()->readAll() : QByteArray();
}

} // namespace

void tst_RestoreStager::initTestCase()
{
    BackupFixture library(m_dir.filePath(u"source"_s));
    QVERIFY(library.create(u"Owls"_s));
    QVERIFY(addEmptyPlaylist(library, u"p2"_s, u"Quiet"_s));
    QVERIFY(addStreamTrack(library, u"p2"_s));
    QVERIFY(QDir().mkpath(library.dataDir() + u"/music/Quiet"_s));
    m_backupBytes = backupOf(library);
    QVERIFY(!m_backupBytes.isEmpty());
    BackupFixture escaping(m_dir.filePath(u"escaping"_s));
    QVERIFY(escaping.create(u"Owls"_s));
    QVERIFY(addEmptyPlaylist(escaping, u"p2"_s, u"../../escaped"_s));
    m_escapingFolder = backupOf(escaping);
    QVERIFY(!m_escapingFolder.isEmpty());
    const QMap<QString, QByteArray> files = BackupFixture::untar(m_backupBytes);
    for (auto it = files.begin(); it != files.end(); ++it)
        m_backup.append({it.key(), it.value()});
}

Result<RestoreStager::Summary> tst_RestoreStager::stage(const QByteArray &archive)
{
    QFile file(m_dir.filePath(u"upload.tar"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(archive) != archive.size())
        return ServiceError::internal(u"test"_s, u"cannot write the archive"_s);
    file.close();
    return RestoreStager::stage(file.fileName(), m_dir.filePath(u"staged"_s), Database::schemaVersion);
}

void tst_RestoreStager::goodBackupStagesWhole()
{
    const auto summary = stage(m_backupBytes);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->playlists, 2);
    QCOMPARE(summary->tracks, 3); // two files and a stream, which has none
    QCOMPARE(summary->files, 4);
    QCOMPARE(summary->schemaVersion, Database::schemaVersion);
    const QDir staged(m_dir.filePath(u"staged"_s));
    QVERIFY(staged.exists(u"music/Owls/track1.wav"_s));
    QVERIFY(staged.exists(u"music/Quiet"_s)); // else the library sync would drop the playlist
    QVERIFY(staged.exists(u"trash"_s)); // an empty trash still replaces the live one
    QCOMPARE(BackupFixture::playlistRevisions(staged.filePath(u"openmusicbox.db"_s)).keys(),
             (QStringList {u"Owls"_s, u"Quiet"_s}));
}

void tst_RestoreStager::badArchiveIsRefused_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("reason");

    auto without = [this](const QString &path) {
        Files files = m_backup;
        files.removeIf([&path](const auto &file) { return file.first == path; });
        return files;
    };
    auto with = [this](const QString &path, const QByteArray &content) {
        Files files = m_backup;
        for (auto &file : files)
            if (file.first == path)
                file.second = content;
        if (std::none_of(files.begin(), files.end(),
                         [&path](const auto &file) { return file.first == path; }))
            files.append({path, content});
        return files;
    };
    QByteArray damagedHeader = m_backupBytes;
    damagedHeader[512 * 3 + 10] = '\x7f';
    const Files manifestLast = with(u"openmusicbox.db"_s, QByteArray());
    QByteArray corruptDatabase;
    QByteArray newerDatabase;
    for (const auto &[path, content] : m_backup) {
        if (path != u"openmusicbox.db"_s)
            continue;
        corruptDatabase = content.left(4096) + QByteArray(content.size() - 4096, '\x55');
        newerDatabase = content;
        newerDatabase[63] = char(Database::schemaVersion + 1); // user_version: bytes 60-63, big-endian
    }

    QTest::newRow("empty") << QByteArray() << u"cut short"_s;
    QTest::newRow("not tar") << QByteArray(4096, 'x') << u"damaged"_s;
    QTest::newRow("cut in the middle")
        << m_backupBytes.left(m_backupBytes.size() / 2) << u"longer than the rest"_s;
    QTest::newRow("no end blocks") << m_backupBytes.left(m_backupBytes.size() - 1024) << u"cut short"_s;
    QTest::newRow("damaged header") << damagedHeader << u"damaged"_s;
    QTest::newRow("parent folder") << BackupFixture::tar(with(u"music/../../etc/passwd"_s, "x"))
                                   << u"never has"_s;
    QTest::newRow("absolute path") << BackupFixture::tar(with(u"/etc/passwd"_s, "x")) << u"never has"_s;
    QTest::newRow("unknown top folder")
        << BackupFixture::tar(with(u"config/box.conf"_s, "x")) << u"never has"_s;
    QTest::newRow("twice the same file")
        << BackupFixture::tar(m_backup + Files {m_backup.last()}) << u"twice"_s;
    QTest::newRow("no manifest") << BackupFixture::tar(without(u"manifest.json"_s)) << u"no backup"_s;
    QTest::newRow("no database") << BackupFixture::tar(without(u"openmusicbox.db"_s)) << u"no backup"_s;
    QTest::newRow("other format") << BackupFixture::tar(with(u"manifest.json"_s, R"({"format":"zip"})"))
                                  << u"does not describe"_s;
    QTest::newRow("newer format") << BackupFixture::tar(
        with(u"manifest.json"_s, R"({"format":"openmusicbox-backup","format_version":2})"))
                                  << u"format version"_s;
    QTest::newRow("track file missing")
        << BackupFixture::tar(without(u"music/Owls/track2.wav"_s)) << u"lacks the file"_s;
    QTest::newRow("database damaged")
        << BackupFixture::tar(with(u"openmusicbox.db"_s, corruptDatabase)) << u"damaged"_s;
    QTest::newRow("database not sqlite") << BackupFixture::tar(manifestLast) << u"database"_s;
    QTest::newRow("newer schema") << BackupFixture::tar(with(u"openmusicbox.db"_s, newerDatabase))
                                  << u"schema version %1"_s.arg(Database::schemaVersion + 1);
    QTest::newRow("playlist folder outside music") << m_escapingFolder << u"outside music/"_s;
}

void tst_RestoreStager::badArchiveIsRefused()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, reason);
    const auto summary = stage(archive);
    QVERIFY(!summary);
    QCOMPARE(summary.error().type, ErrorType::Validation);
    QVERIFY2(summary.error().message.contains(reason), qPrintable(summary.error().message));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"staged"_s)));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"escaped"_s)));
}

QTEST_GUILESS_MAIN(tst_RestoreStager)
#include "tst_restorestager.moc"
