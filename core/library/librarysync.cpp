// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysync.h"

#include "database.h"
#include "filejournal.h"
#include "playlistrepository.h"
#include "system/logging.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// How long one apply slice may hold the event loop before yielding to other work: a request or a join that
// arrives meanwhile waits at most this long (the playlist snapshot's goal is 10 ms).
constexpr qint64 sliceBudgetMs = 4;

} // namespace

LibrarySync::LibrarySync(Database &database, PlaylistRepository &repository, FileJournal &journal,
                         QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(repository)
    , m_journal(journal)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Snapshot>>::finished, this, &LibrarySync::scanned);
}

LibrarySync::~LibrarySync()
{
    // The worker stops at the next file; waiting keeps it from outliving the folders a test removes.
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LibrarySync::sync(Callback done)
{
    if (done)
        m_next.append(std::move(done));
    if (m_running) {
        m_rerun = true;
        return;
    }
    startRun();
}

void LibrarySync::startRun()
{
    m_running = true;
    m_rerun = false;
    m_current = std::move(m_next);
    m_next.clear();
    m_summary = {};
    m_steps.clear();
    m_stepIndex = 0;

    // Finish file operations a previous run of the box committed but could not carry out, so that a renamed
    // folder is not taken for a new playlist and its old row for a vanished one.
    m_journal.replay();

    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run([databaseFile = m_database.connection().databaseName(),
                                           musicDir = m_repository.musicDir(), cancelled = m_cancelled] {
        return std::make_shared<Snapshot>(takeSnapshot(databaseFile, musicDir, cancelled.get()));
    }));
}

LibrarySync::Snapshot LibrarySync::takeSnapshot(const QString &databaseFile, const QString &musicDir,
                                                const std::atomic<bool> *cancelled)
{
    Snapshot snapshot;
    LibraryScanner::Known known;
    const QString connectionName = u"omb-sync-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QSqlQuery query(db);
        // Row by row: a cached result would hold every track's three values at once (20,000 tracks: 5 MB
        // on the heap at start, freed again among what lives on).
        query.setForwardOnly(true);
        if (db.open()
            && query.exec(u"SELECT p.id, p.folder, t.filename FROM playlists p "
                          "LEFT JOIN tracks t ON t.playlist_id = p.id"_s)) {
            while (query.next()) {
                const QString folder = query.value(1).toString();
                snapshot.playlistFolders.insert(query.value(0).toString(), folder);
                QSet<QString> &files = known[folder];
                if (!query.isNull(2))
                    files.insert(query.value(2).toString());
            }
        } else {
            // Without the rows every file is probed and nothing is taken as vanished: slower, still right.
            qCWarning(lcLibrary).noquote()
                << "library sync cannot read the database:" << query.lastError().text()
                << db.lastError().text();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    snapshot.scan = LibraryScanner::scan(musicDir, known, cancelled);
    // Every file known and as many as the rows: the same names, so applying the folder would change nothing.
    // An unchanged library then costs the event loop no read per folder (1000 folders: a few hundred ms).
    for (const LibraryScanner::Folder &folder : std::as_const(snapshot.scan.folders)) {
        const bool allKnown = std::none_of(folder.files.cbegin(), folder.files.cend(),
                                           [](const LibraryScanner::File &file) { return file.probed; });
        if (allKnown && known.value(folder.name).size() == folder.files.size())
            snapshot.unchangedFolders.insert(folder.name);
    }
    return snapshot;
}

void LibrarySync::scanned()
{
    if (m_cancelled && m_cancelled->load())
        return;
    Snapshot snapshot = std::move(*m_watcher.result());
    m_scan = std::move(snapshot.scan);
    m_summary.filesSkipped = m_scan.unreadableFiles;

    // Rows known before the scan whose folder was not seen may have vanished. If the music folder itself
    // could not be read (an unmounted card), nothing is taken as vanished.
    QSet<QString> seenFolders;
    for (const LibraryScanner::Folder &folder : std::as_const(m_scan.folders))
        seenFolders.insert(folder.name);
    if (m_scan.musicDirReadable) {
        for (auto it = snapshot.playlistFolders.cbegin(); it != snapshot.playlistFolders.cend(); ++it) {
            if (!seenFolders.contains(it.value()))
                m_steps.append(Step {-1, it.key()});
        }
    }
    for (qsizetype i = 0; i < m_scan.folders.size(); ++i) {
        if (!snapshot.unchangedFolders.contains(m_scan.folders.at(i).name))
            m_steps.append(Step {i, {}});
    }
    m_stepIndex = 0;
    applySlice();
}

void LibrarySync::applySlice()
{
    QElapsedTimer clock;
    clock.start();
    while (m_stepIndex < m_steps.size() && clock.elapsed() < sliceBudgetMs) {
        const Step &step = m_steps.at(m_stepIndex++);
        if (step.folderIndex >= 0)
            applyFolder(m_scan.folders.at(step.folderIndex));
        else
            applyVanishedPlaylist(step.vanishedPlaylistId);
    }
    if (m_stepIndex < m_steps.size())
        QTimer::singleShot(0, this, &LibrarySync::applySlice);
    else
        finishRun();
}

// Everything is checked again against the disk and the database as they are now: other work ran on the
// event loop since the scan (uploads, renames, deletions), and it wins.
void LibrarySync::applyFolder(const LibraryScanner::Folder &folder)
{
    const QString folderPath = m_repository.musicDir() + u'/' + folder.name;
    if (!QFileInfo(folderPath).isDir())
        return;
    const auto existing = m_repository.findByFolder(folder.name);

    QSet<QString> known;
    if (existing) {
        for (const Track &track : existing->tracks)
            known.insert(track.filename);
    }
    QList<PlaylistRepository::NewTrack> additions;
    for (const LibraryScanner::File &file : folder.files) {
        if (known.contains(file.name) || !file.metadata || !QFileInfo::exists(folderPath + u'/' + file.name))
            continue;
        const MetadataReader::AudioMetadata &metadata = *file.metadata;
        additions.append({metadata.title.value_or(LibraryScanner::titleFromFileName(file.name)), file.name,
                          metadata.durationMs, metadata.artist, metadata.album, metadata.hasCover, 0});
    }
    QList<int> removals;
    if (existing) {
        QSet<QString> onDisk;
        for (const LibraryScanner::File &file : folder.files)
            onDisk.insert(file.name);
        for (const Track &track : existing->tracks) {
            if (!track.isStream() && !onDisk.contains(track.filename) && !QFileInfo::exists(track.filePath))
                removals.append(track.trackNumber);
        }
    }
    if (additions.isEmpty() && removals.isEmpty())
        return;

    QString playlistId = existing ? existing->id : QString();
    const Status status = m_database.transaction([&]() -> Status {
        if (!existing) {
            const auto created
                = m_repository.create(LibraryScanner::titleFromFolderName(folder.name), u""_s, folder.name);
            if (!created)
                return created.error();
            playlistId = created->id;
        }
        if (!removals.isEmpty()) {
            if (const auto removed = m_repository.removeTracks(playlistId, removals); !removed)
                return removed.error();
        }
        for (const PlaylistRepository::NewTrack &track : std::as_const(additions)) {
            if (const auto added = m_repository.addTrack(playlistId, track); !added)
                return added.error();
        }
        return Done {};
    });
    if (!status) {
        qCWarning(lcLibrary).noquote()
            << "cannot sync the folder" << folder.name << ":" << status.error().message;
        return;
    }
    m_summary.tracksAdded += int(additions.size());
    m_summary.tracksRemoved += int(removals.size());
    if (existing) {
        m_summary.changedPlaylistIds.append(playlistId);
    } else {
        ++m_summary.playlistsAdded;
        m_summary.addedPlaylistIds.append(playlistId);
        qCDebug(lcLibrary).noquote() << "new playlist from the folder" << folder.name << "with"
                                     << additions.size() << "tracks";
    }
}

void LibrarySync::applyVanishedPlaylist(const QString &playlistId)
{
    const auto playlist = m_repository.find(playlistId);
    if (!playlist || QFileInfo::exists(m_repository.musicDir() + u'/' + playlist->folder))
        return;
    if (const Status removed = m_repository.remove(playlistId); !removed) {
        qCWarning(lcLibrary).noquote() << "cannot remove the playlist of the vanished folder"
                                       << playlist->folder << ":" << removed.error().message;
        return;
    }
    qCInfo(lcLibrary).noquote() << "playlist removed: its folder" << playlist->folder << "is gone";
    ++m_summary.playlistsRemoved;
    m_summary.tracksRemoved += playlist->trackCount();
    m_summary.removedPlaylistIds.append(playlistId);
}

void LibrarySync::finishRun()
{
    if (const auto page = m_repository.list(1, 1))
        m_summary.playlistsCount = page->total;
    if (m_summary.changed() || m_summary.filesSkipped > 0) {
        qCInfo(lcLibrary).nospace() << "library sync: +" << m_summary.playlistsAdded << "/-"
                                    << m_summary.playlistsRemoved << " playlists, +" << m_summary.tracksAdded
                                    << "/-" << m_summary.tracksRemoved << " tracks, "
                                    << m_summary.filesSkipped << " unreadable files skipped";
    } else {
        // Said every time too: the moment a box has read its library is when it has settled after a start.
        qCInfo(lcLibrary).nospace() << "library sync: nothing changed (" << m_summary.playlistsCount
                                    << " playlists)";
    }
    m_scan = {};
    m_steps.clear();
    m_running = false;
    const Summary summary = m_summary;
    const QList<Callback> callbacks = std::move(m_current);
    m_current.clear();
    Q_EMIT finished(summary);
    for (const Callback &callback : callbacks)
        callback(summary);
    if (m_rerun && !m_running)
        startRun();
}
