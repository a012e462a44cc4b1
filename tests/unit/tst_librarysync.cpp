// SPDX-License-Identifier: GPL-3.0-or-later
// LibrarySync: folders and files on disk become playlists and tracks, vanished ones go, unreadable and
// temporary files are left alone, and a second run changes nothing.

#include "library/database.h"
#include "library/filejournal.h"
#include "library/librarysync.h"
#include "library/playlistrepository.h"
#include "library/wavencoder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_LibrarySync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newFolderBecomesPlaylist();
    void folderWithoutAudioIsNoPlaylist();
    void newFilesFollowTheLastTrack();
    void vanishedFileIsRemoved();
    void vanishedFolderRemovesPlaylist();
    void emptyPlaylistWithFolderIsKept();
    void unreadableFileIsSkipped();
    void secondRunChangesNothing();
    void temporaryFilesAreIgnored();
    void missingMusicFolderRemovesNothing();
    void requestDuringRunIsServedByAFreshRun();
    void largeLibraryIsAppliedInSlices();

private:
    QString musicPath(const QString &relative = {}) const;
    void writeWav(const QString &relative, int durationMs, const QString &title = {});
    void writeBytes(const QString &relative, const QByteArray &bytes);
    LibrarySync::Summary runSync();
    Playlist onlyPlaylist() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PlaylistRepository> m_repository;
    std::unique_ptr<FileJournal> m_journal;
    std::unique_ptr<LibrarySync> m_sync;
};

void tst_LibrarySync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(musicPath()));
    m_database = std::make_unique<Database>();
    const Status opened = m_database->open(m_dir->filePath(u"openmusicbox.db"_s));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_repository = std::make_unique<PlaylistRepository>(*m_database, musicPath());
    m_journal = std::make_unique<FileJournal>(*m_database);
    m_sync = std::make_unique<LibrarySync>(*m_database, *m_repository, *m_journal);
}

void tst_LibrarySync::cleanup()
{
    m_sync.reset();
    m_journal.reset();
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

QString tst_LibrarySync::musicPath(const QString &relative) const
{
    const QString root = m_dir->filePath(u"music"_s);
    return relative.isEmpty() ? root : root + u'/' + relative;
}

void tst_LibrarySync::writeWav(const QString &relative, int durationMs, const QString &title)
{
    constexpr int rate = 8000;
    writeBytes(relative,
               WavEncoder::encode(QList<qint16>(rate * durationMs / 1000, 1000), rate, {title, {}, {}}));
}

void tst_LibrarySync::writeBytes(const QString &relative, const QByteArray &bytes)
{
    const QString path = musicPath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

LibrarySync::Summary tst_LibrarySync::runSync()
{
    std::optional<LibrarySync::Summary> result;
    QSignalSpy finished(m_sync.get(), &LibrarySync::finished);
    m_sync->sync([&result](const LibrarySync::Summary &summary) { result = summary; });
    [&] {
        // The scan runs on a worker thread: nothing is applied before the event loop turns.
        QVERIFY(!result && finished.count() == 0);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QCOMPARE(finished.count(), 1);
    }();
    return result.value_or(LibrarySync::Summary {});
}

Playlist tst_LibrarySync::onlyPlaylist() const
{
    const QList<Playlist> playlists = m_repository->all();
    if (playlists.size() != 1)
        return {};
    return playlists.first();
}

void tst_LibrarySync::newFolderBecomesPlaylist()
{
    writeWav(u"Bedtime Songs/10 Ten.wav"_s, 1000);
    writeWav(u"Bedtime Songs/02 two.wav"_s, 2000, u"Tagged Title"_s);
    writeWav(u"Bedtime Songs/1 - One_Song.wav"_s, 1500);
    writeBytes(u"Bedtime Songs/notes.txt"_s, "not audio");
    writeBytes(u"Bedtime Songs/cover.jpg"_s, "\xff\xd8 not audio either");

    const LibrarySync::Summary summary = runSync();
    QCOMPARE(summary.playlistsAdded, 1);
    QCOMPARE(summary.tracksAdded, 3);
    QCOMPARE(summary.playlistsCount, 1);
    QCOMPARE(summary.filesSkipped, 0);
    QCOMPARE(summary.addedPlaylistIds.size(), 1);

    const Playlist playlist = onlyPlaylist();
    QCOMPARE(playlist.title, u"Bedtime Songs"_s);
    QCOMPARE(playlist.folder, u"Bedtime Songs"_s);
    QCOMPARE(playlist.id, summary.addedPlaylistIds.first());
    QCOMPARE(playlist.trackCount(), 3);
    // Natural file-name order, numbered 1..n.
    QCOMPARE(playlist.tracks[0].filename, u"1 - One_Song.wav"_s);
    QCOMPARE(playlist.tracks[1].filename, u"02 two.wav"_s);
    QCOMPARE(playlist.tracks[2].filename, u"10 Ten.wav"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(playlist.tracks[i].trackNumber, i + 1);
    QCOMPARE(playlist.tracks[0].title, u"One Song"_s);
    QCOMPARE(playlist.tracks[1].title, u"Tagged Title"_s);
    QCOMPARE(playlist.tracks[2].title, u"Ten"_s);
    QCOMPARE(playlist.tracks[0].durationMs, qint64(1500));
    QCOMPARE(playlist.tracks[1].durationMs, qint64(2000));
    QCOMPARE(playlist.tracks[0].filePath, musicPath(u"Bedtime Songs/1 - One_Song.wav"_s));
    QVERIFY(QFile::exists(musicPath(u"Bedtime Songs/notes.txt"_s)));
}

void tst_LibrarySync::folderWithoutAudioIsNoPlaylist()
{
    writeBytes(u"Pictures/photo.jpg"_s, "jpeg");
    QVERIFY(QDir().mkpath(musicPath(u"Empty"_s)));
    const LibrarySync::Summary summary = runSync();
    QCOMPARE(summary.playlistsAdded, 0);
    QCOMPARE(summary.playlistsCount, 0);
    QVERIFY(m_repository->all().isEmpty());
}

void tst_LibrarySync::newFilesFollowTheLastTrack()
{
    writeWav(u"Mix/a.wav"_s, 500);
    writeWav(u"Mix/b.wav"_s, 500);
    runSync();
    const Playlist before = onlyPlaylist();
    QCOMPARE(before.trackCount(), 2);
    // A gap, as the protocol allows: the next number is max + 1, not count + 1.
    writeWav(u"Mix/uploaded.wav"_s, 500);
    QVERIFY(m_repository->addTrack(before.id, {u"Uploaded"_s, u"uploaded.wav"_s, 500, {}, {}, false, 7}));

    writeWav(u"Mix/d.wav"_s, 700);
    writeWav(u"Mix/c.wav"_s, 600);
    const LibrarySync::Summary summary = runSync();
    QCOMPARE(summary.tracksAdded, 2);
    QCOMPARE(summary.playlistsAdded, 0);
    QCOMPARE(summary.changedPlaylistIds, QStringList {before.id});

    const Playlist after = onlyPlaylist();
    QCOMPARE(after.trackCount(), 5);
    QCOMPARE(after.trackByNumber(1)->filename, u"a.wav"_s);
    QCOMPARE(after.trackByNumber(2)->filename, u"b.wav"_s);
    QCOMPARE(after.trackByNumber(7)->filename, u"uploaded.wav"_s);
    QCOMPARE(after.trackByNumber(8)->filename, u"c.wav"_s);
    QCOMPARE(after.trackByNumber(9)->filename, u"d.wav"_s);
    QCOMPARE(after.trackByNumber(1)->id, before.trackByNumber(1)->id);
}

void tst_LibrarySync::vanishedFileIsRemoved()
{
    writeWav(u"Mix/1.wav"_s, 500);
    writeWav(u"Mix/2.wav"_s, 500);
    writeWav(u"Mix/3.wav"_s, 500);
    runSync();
    const Playlist before = onlyPlaylist();
    QVERIFY(QFile::remove(musicPath(u"Mix/2.wav"_s)));

    const LibrarySync::Summary summary = runSync();
    QCOMPARE(summary.tracksRemoved, 1);
    QCOMPARE(summary.tracksAdded, 0);
    const Playlist after = onlyPlaylist();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.trackCount(), 2);
    QCOMPARE(after.trackByNumber(1)->filename, u"1.wav"_s);
    QVERIFY(!after.trackByNumber(2));
    QCOMPARE(after.trackByNumber(3)->filename, u"3.wav"_s);
    QCOMPARE(after.playlistSeq, before.playlistSeq + 1);
    QVERIFY(QFile::exists(musicPath(u"Mix/1.wav"_s)));
    QVERIFY(QFile::exists(musicPath(u"Mix/3.wav"_s)));
}

void tst_LibrarySync::vanishedFolderRemovesPlaylist()
{
    writeWav(u"Gone/1.wav"_s, 500);
    writeWav(u"Stays/1.wav"_s, 500);
    runSync();
    QCOMPARE(m_repository->all().size(), 2);
    const auto gone = m_repository->findByFolder(u"Gone"_s);
    QVERIFY(gone);
    QVERIFY(QDir(musicPath(u"Gone"_s)).removeRecursively());

    const LibrarySync::Summary summary = runSync();
    QCOMPARE(summary.playlistsRemoved, 1);
    QCOMPARE(summary.tracksRemoved, 1);
    QCOMPARE(summary.removedPlaylistIds, QStringList {gone->id});
    QCOMPARE(summary.playlistsCount, 1);
    QVERIFY(!m_repository->find(gone->id));
    QVERIFY(m_repository->findByFolder(u"Stays"_s));
}

void tst_LibrarySync::emptyPlaylistWithFolderIsKept()
{
    // What the API creates: a row and an empty folder.
    QVERIFY(QDir().mkpath(musicPath(u"New list"_s)));
    const auto created = m_repository->create(u"New list"_s, u"made in the app"_s, u"New list"_s);
    QVERIFY(created);
    const LibrarySync::Summary summary = runSync();
    QVERIFY(!summary.changed());
    const auto kept = m_repository->find(created->id);
    QVERIFY(kept);
    QCOMPARE(kept->description, u"made in the app"_s);
    QCOMPARE(kept->playlistSeq, created->playlistSeq);
}

void tst_LibrarySync::unreadableFileIsSkipped()
{
    writeWav(u"Mix/good.wav"_s, 800);
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    writeBytes(u"Mix/bad.mp3"_s, noise);
    writeBytes(u"Broken/only.flac"_s, noise);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping.*bad\\.mp3"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping.*only\\.flac"_s));
    const LibrarySync::Summary summary = runSync();
    QCOMPARE(summary.filesSkipped, 2);
    QCOMPARE(summary.playlistsAdded, 1);
    QCOMPARE(summary.tracksAdded, 1);
    const Playlist playlist = onlyPlaylist();
    QCOMPARE(playlist.folder, u"Mix"_s);
    QCOMPARE(playlist.trackCount(), 1);
    QCOMPARE(playlist.tracks.first().filename, u"good.wav"_s);
    // Sync never deletes what it cannot read.
    QVERIFY(QFile::exists(musicPath(u"Mix/bad.mp3"_s)));
    QVERIFY(QFile::exists(musicPath(u"Broken/only.flac"_s)));
}

void tst_LibrarySync::secondRunChangesNothing()
{
    writeWav(u"A/1.wav"_s, 500);
    writeWav(u"A/2.wav"_s, 500);
    writeWav(u"B/x.wav"_s, 500);
    const LibrarySync::Summary first = runSync();
    QVERIFY(first.changed());
    const QList<Playlist> before = m_repository->all();

    const LibrarySync::Summary second = runSync();
    QVERIFY(!second.changed());
    QCOMPARE(second.playlistsCount, 2);
    QVERIFY(second.changedPlaylistIds.isEmpty());
    const QList<Playlist> after = m_repository->all();
    QCOMPARE(after.size(), before.size());
    for (const Playlist &playlist : after) {
        const auto it = std::find_if(before.cbegin(), before.cend(),
                                     [&playlist](const Playlist &p) { return p.id == playlist.id; });
        QVERIFY(it != before.cend());
        QCOMPARE(playlist.playlistSeq, it->playlistSeq);
        QCOMPARE(playlist.updatedAt, it->updatedAt);
        QCOMPARE(playlist.trackCount(), it->trackCount());
        for (int i = 0; i < playlist.trackCount(); ++i)
            QCOMPARE(playlist.tracks[i].id, it->tracks[i].id);
    }
}

void tst_LibrarySync::temporaryFilesAreIgnored()
{
    writeWav(u"Mix/real.wav"_s, 500);
    writeWav(u"Mix/.hidden.wav"_s, 500);
    writeWav(u"Mix/downloading.mp3.part"_s, 500);
    writeWav(u"Mix/upload.wav.tmp"_s, 500);
    writeWav(u".staging/one.wav"_s, 500);
    writeWav(u"half.part/one.wav"_s, 500);
    writeWav(u"scratch.tmp/one.wav"_s, 500);

    const LibrarySync::Summary summary = runSync();
    QCOMPARE(summary.playlistsAdded, 1);
    QCOMPARE(summary.tracksAdded, 1);
    const Playlist playlist = onlyPlaylist();
    QCOMPARE(playlist.folder, u"Mix"_s);
    QCOMPARE(playlist.tracks.first().filename, u"real.wav"_s);
}

void tst_LibrarySync::missingMusicFolderRemovesNothing()
{
    writeWav(u"Mix/1.wav"_s, 500);
    runSync();
    QVERIFY(QDir().rename(musicPath(), m_dir->filePath(u"unmounted"_s)));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"music folder .* missing"_s));
    const LibrarySync::Summary summary = runSync();
    QVERIFY(!summary.changed());
    QCOMPARE(summary.playlistsCount, 1);
    QCOMPARE(onlyPlaylist().trackCount(), 1);
}

void tst_LibrarySync::requestDuringRunIsServedByAFreshRun()
{
    writeWav(u"First/1.wav"_s, 500);
    QList<LibrarySync::Summary> results;
    m_sync->sync([&results](const LibrarySync::Summary &s) { results.append(s); });
    QVERIFY(m_sync->isRunning());
    // Written after the first request: only a run started after the second request can see it.
    writeWav(u"Second/1.wav"_s, 500);
    m_sync->sync([&results](const LibrarySync::Summary &s) { results.append(s); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 20000);
    QCOMPARE(results.last().playlistsCount, 2);
    QVERIFY(m_repository->findByFolder(u"Second"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_sync->isRunning(), 20000);
}

void tst_LibrarySync::largeLibraryIsAppliedInSlices()
{
    for (int p = 0; p < 60; ++p) {
        for (int t = 0; t < 5; ++t)
            writeWav(u"List %1/%2.wav"_s.arg(p).arg(t), 100);
    }
    std::optional<LibrarySync::Summary> result;
    int turns = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
    ticker.start(0);
    m_sync->sync([&result](const LibrarySync::Summary &s) { result = s; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QCOMPARE(result->playlistsAdded, 60);
    QCOMPARE(result->tracksAdded, 300);
    QCOMPARE(m_repository->all().size(), 60);
    QVERIFY2(turns > 1, "the event loop must keep turning while the library is read and applied");
}

QTEST_GUILESS_MAIN(tst_LibrarySync)
#include "tst_librarysync.moc"
