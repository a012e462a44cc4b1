// SPDX-License-Identifier: GPL-3.0-or-later
// A backup is the library at one instant: the database copy and every file, streamed as tar in constant
// memory, unchanged by what the box does while it streams, and its snapshot gone once it is read.

#include "backup/backupservice.h"
#include "backupfixture.h"
#include "manualclock.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_BackupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void archiveHoldsTheWholeLibrary();
    void archiveKeepsFilesDeletedWhileItStreams();
    void snapshotGoesWithTheArchive();
    void fileThatShrankEndsTheStream();
    void leftoverSnapshotsAreSwept();

private:
    static QByteArray readAll(BackupArchive &archive, int readSize = 4096);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackupFixture> m_library;
    std::unique_ptr<BackupService> m_backups;
    ManualClock m_clock;
};

void tst_BackupService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = std::make_unique<BackupFixture>(m_dir->path());
    QVERIFY(m_library->create(u"Owls"_s));
    m_backups = std::make_unique<BackupService>(BackupService::Config {m_dir->path(), u"9.9.9"_s},
                                                m_library->database(), m_clock);
}

void tst_BackupService::cleanup()
{
    m_backups.reset();
    m_library.reset();
    m_dir.reset();
}

QByteArray tst_BackupService::readAll(BackupArchive &archive, int readSize)
{
    QByteArray bytes;
    while (!archive.atEnd()) {
        const QByteArray chunk = archive.read(readSize);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

void tst_BackupService::archiveHoldsTheWholeLibrary()
{
    auto archive = m_backups->createArchive();
    QVERIFY(archive);
    const qint64 announced = archive->get()->totalBytes();
    const QByteArray bytes = readAll(*archive->get(), 777); // reads that cut across headers and files
    QCOMPARE(bytes.size(), announced);

    const QMap<QString, QByteArray> files = BackupFixture::untar(bytes);
    QVERIFY2(!files.contains(u"!error"_s), "the archive reads back");
    QCOMPARE(files.keys(),
             (QStringList {u"manifest.json"_s, u"music/Owls/track1.wav"_s, u"music/Owls/track2.wav"_s,
                           u"openmusicbox.db"_s}));
    for (const QString &name : {u"track1.wav"_s, u"track2.wav"_s}) {
        QFile original(m_dir->filePath(u"music/Owls/"_s + name));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(files.value(u"music/Owls/"_s + name), original.readAll());
    }
    const QJsonObject manifest = QJsonDocument::fromJson(files.value(u"manifest.json"_s)).object();
    QCOMPARE(manifest.value(u"format"_s).toString(), BackupService::formatName);
    QCOMPARE(manifest.value(u"format_version"_s).toInt(), BackupService::formatVersion);
    QCOMPARE(manifest.value(u"schema_version"_s).toInt(), Database::schemaVersion);
    QCOMPARE(manifest.value(u"box_version"_s).toString(), u"9.9.9"_s);
    QCOMPARE(manifest.value(u"files"_s).toInt(), 2);

    // The database in the archive is a complete copy: it opens on its own and holds the tracks.
    QTemporaryDir copyDir;
    QFile copy(copyDir.filePath(u"copy.db"_s));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(files.value(u"openmusicbox.db"_s));
    copy.close();
    QCOMPARE(BackupFixture::playlistRevisions(copy.fileName()), (QMap<QString, int> {{u"Owls"_s, 3}}));
    QCOMPARE(BackupFixture::counter(copy.fileName(), u"server_seq"_s), 5000);
}

void tst_BackupService::archiveKeepsFilesDeletedWhileItStreams()
{
    auto archive = m_backups->createArchive();
    QVERIFY(archive);
    const QByteArray start = archive->get()->read(100);
    QVERIFY(QFile::remove(m_dir->filePath(u"music/Owls/track2.wav"_s)));
    QVERIFY(QDir(m_dir->filePath(u"music/Owls"_s)).removeRecursively());
    const QMap<QString, QByteArray> files = BackupFixture::untar(start + readAll(*archive->get()));
    QVERIFY(!files.contains(u"!error"_s));
    QCOMPARE(files.value(u"music/Owls/track2.wav"_s).size(), 2000 + 4);
}

void tst_BackupService::snapshotGoesWithTheArchive()
{
    auto archive = m_backups->createArchive();
    QVERIFY(archive);
    const QDir snapshots(m_dir->filePath(u"snapshots"_s));
    QCOMPARE(snapshots.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    archive.value().reset();
    QCOMPARE(snapshots.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
}

void tst_BackupService::fileThatShrankEndsTheStream()
{
    auto archive = m_backups->createArchive();
    QVERIFY(archive);
    // Written in place (the box never does; a user on the SD card might): the link sees it.
    QFile track(m_dir->filePath(u"music/Owls/track2.wav"_s));
    QVERIFY(track.open(QIODevice::ReadWrite));
    QVERIFY(track.resize(10));
    track.close();
    const QByteArray bytes = readAll(*archive->get());
    QVERIFY(bytes.size() < archive->get()->totalBytes());
    QVERIFY(archive->get()->errorString().contains(u"music/Owls/track2.wav"_s));
}

void tst_BackupService::leftoverSnapshotsAreSwept()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"snapshots/killed-run/music"_s)));
    m_backups->sweepLeftovers();
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"snapshots"_s)));
}

QTEST_GUILESS_MAIN(tst_BackupService)
#include "tst_backupservice.moc"
