// SPDX-License-Identifier: GPL-3.0-or-later
// CoverScanner over a real database, the real library sync and the real cover tool: tracks and folders get
// their pictures, a bad picture is skipped with a log line while its track stays, "none" is remembered, a
// found cover moves playlist_seq but not updated_at, and covers whose files went missing are found again.
#include "coverfixtures.h"
#include "library/coverrepository.h"
#include "library/coverscanner.h"
#include "library/database.h"
#include "library/filejournal.h"
#include "library/librarysync.h"
#include "library/playlistrepository.h"
#include "library/wavencoder.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CoverScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tracksAndFoldersGetTheirCovers();
    void noneIsRemembered();
    void missingCoverFilesAreFoundAgain();
    void recheckingUnchangedFoldersChangesNothing();
    void aNewFolderImageWinsOverTheTracks();

private:
    QString musicPath(const QString &relative) const { return m_dir->filePath(u"music/"_s + relative); }
    void writeWav(const QString &relative, const QByteArray &picture = {});
    void writeBytes(const QString &relative, const QByteArray &bytes);
    void sync();
    void scanUntilCaughtUp(void (CoverScanner::*start)() = &CoverScanner::scan);
    Playlist playlistInFolder(const QString &folder) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PlaylistRepository> m_playlists;
    std::unique_ptr<FileJournal> m_journal;
    std::unique_ptr<LibrarySync> m_sync;
    std::unique_ptr<CoverStore> m_store;
    std::unique_ptr<CoverRepository> m_covers;
    std::unique_ptr<CoverScanner> m_scanner;
    QByteArray m_picture;
    QByteArray m_folderPicture;
};

void tst_CoverScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"openmusicbox.db"_s)).ok());
    m_playlists = std::make_unique<PlaylistRepository>(*m_database, m_dir->filePath(u"music"_s));
    m_journal = std::make_unique<FileJournal>(*m_database);
    m_sync = std::make_unique<LibrarySync>(*m_database, *m_playlists, *m_journal);
    m_store = std::make_unique<CoverStore>(m_dir->filePath(u"covers"_s));
    m_covers = std::make_unique<CoverRepository>(*m_database, m_playlists->musicDir());
    m_scanner = std::make_unique<CoverScanner>(
        *m_covers, CoverImport(*m_store, CoverConverter({.program = TestPaths::coverTool()})));

    m_picture = CoverFixtures::image("jpeg", 700, 700, 0x884400);
    m_folderPicture = CoverFixtures::image("png", 300, 300, 0x004488);
    writeWav(u"Album/01 first.wav"_s);
    writeWav(u"Album/02 second.wav"_s, m_picture);
    writeWav(u"Album/03 broken.wav"_s, CoverFixtures::pngHeaderOnly(30000, 30000));
    writeWav(u"Folder/01 song.wav"_s, m_picture);
    writeBytes(u"Folder/Cover.PNG"_s, m_folderPicture);
    sync();
}

void tst_CoverScanner::cleanup()
{
    m_scanner.reset();
    m_covers.reset();
    m_store.reset();
    m_sync.reset();
    m_journal.reset();
    m_playlists.reset();
    m_database.reset();
    m_dir.reset();
}

void tst_CoverScanner::writeWav(const QString &relative, const QByteArray &picture)
{
    writeBytes(relative, WavEncoder::encode(QList<qint16>(4000, 1000), 8000, {}));
    if (!picture.isEmpty())
        QVERIFY(CoverFixtures::embed(musicPath(relative), picture));
}

void tst_CoverScanner::writeBytes(const QString &relative, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(musicPath(relative)).absolutePath()));
    QFile file(musicPath(relative));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void tst_CoverScanner::sync()
{
    QSignalSpy finished(m_sync.get(), &LibrarySync::finished);
    m_sync->sync();
    QVERIFY(finished.wait(20000));
}

void tst_CoverScanner::scanUntilCaughtUp(void (CoverScanner::*start)())
{
    QSignalSpy caughtUp(m_scanner.get(), &CoverScanner::caughtUp);
    (m_scanner.get()->*start)();
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp.count() > 0, 30000);
    QVERIFY(!m_scanner->isScanning());
}

Playlist tst_CoverScanner::playlistInFolder(const QString &folder) const
{
    return m_playlists->findByFolder(folder).value_or(Playlist {});
}

void tst_CoverScanner::tracksAndFoldersGetTheirCovers()
{
    const Playlist before = playlistInFolder(u"Album"_s);
    QCOMPARE(before.tracks.size(), 3);
    QVERIFY(!before.cover);

    QSignalSpy changed(m_scanner.get(), &CoverScanner::coverChanged);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"cover of .*03 broken.wav skipped: .*30000x30000"_s));
    scanUntilCaughtUp();

    const QString trackCover = CoverStore::nameFor(m_picture);
    const Playlist album = playlistInFolder(u"Album"_s);
    QCOMPARE(album.tracks.size(), 3); // the broken picture's track is still there
    QVERIFY(!album.tracks.at(0).cover);
    QCOMPARE(album.tracks.at(1).cover, trackCover);
    QVERIFY(!album.tracks.at(2).cover);
    QCOMPARE(album.cover, trackCover); // the first track that has a picture
    QVERIFY(album.playlistSeq > before.playlistSeq);
    QCOMPARE(album.updatedAt, before.updatedAt);
    QCOMPARE(album.toJson()[u"cover_url"_s].toString(), u"/api/covers/"_s + trackCover);
    QCOMPARE(album.toJson()[u"tracks"_s][0][u"cover_url"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(album.toJson()[u"tracks"_s][1][u"cover_url"_s].toString(), u"/api/covers/"_s + trackCover);

    const Playlist folder = playlistInFolder(u"Folder"_s);
    QCOMPARE(folder.cover, CoverStore::nameFor(m_folderPicture)); // the folder's image wins
    QCOMPARE(folder.tracks.at(0).cover, trackCover); // stored once for both playlists
    QVERIFY(m_store->contains(trackCover));
    QVERIFY(m_store->contains(*folder.cover));
    QCOMPARE(QDir(m_store->dir()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    QVERIFY(changed.count() >= 2);
    QStringList ids;
    for (const auto &arguments : changed)
        ids.append(arguments.at(0).toString());
    QVERIFY(ids.contains(album.id));
    QVERIFY(ids.contains(folder.id));
}

void tst_CoverScanner::noneIsRemembered()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cover of .*03 broken.wav skipped"_s));
    scanUntilCaughtUp();
    QVERIFY(m_covers->pending(100).isEmpty());

    QSignalSpy changed(m_scanner.get(), &CoverScanner::coverChanged);
    scanUntilCaughtUp(); // the broken picture is not looked at again: no second warning
    QCOMPARE(changed.count(), 0);
}

void tst_CoverScanner::missingCoverFilesAreFoundAgain()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cover of .*03 broken.wav skipped"_s));
    scanUntilCaughtUp();
    QVERIFY(QDir(m_store->dir()).removeRecursively());

    QVERIFY(m_covers->recheck(*m_store).ok());
    QCOMPARE(m_covers->pending(100).size(), 3); // the folder and the two tracks whose pictures were stored
    scanUntilCaughtUp();
    QVERIFY(m_store->contains(CoverStore::nameFor(m_picture)));
    QVERIFY(m_store->contains(CoverStore::nameFor(m_folderPicture)));
    QCOMPARE(playlistInFolder(u"Album"_s).cover, CoverStore::nameFor(m_picture));
}

void tst_CoverScanner::recheckingUnchangedFoldersChangesNothing()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cover of .*03 broken.wav skipped"_s));
    scanUntilCaughtUp();
    const qint64 seq = playlistInFolder(u"Folder"_s).playlistSeq;
    QSignalSpy changed(m_scanner.get(), &CoverScanner::coverChanged);
    scanUntilCaughtUp(&CoverScanner::recheckFolders);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(playlistInFolder(u"Folder"_s).playlistSeq, seq);
}

void tst_CoverScanner::aNewFolderImageWinsOverTheTracks()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cover of .*03 broken.wav skipped"_s));
    scanUntilCaughtUp();
    writeBytes(u"Album/folder.jpg"_s, m_folderPicture);
    QSignalSpy changed(m_scanner.get(), &CoverScanner::coverChanged);
    scanUntilCaughtUp(&CoverScanner::recheckFolders);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(playlistInFolder(u"Album"_s).cover, CoverStore::nameFor(m_folderPicture));
}

QTEST_GUILESS_MAIN(tst_CoverScanner)
#include "tst_coverscanner.moc"
