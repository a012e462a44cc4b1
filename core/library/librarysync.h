// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryscanner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class Database;
class FileJournal;
class PlaylistRepository;

// Brings the database in line with the music folder (files on disk are the truth for audio): a folder with
// readable audio and no row becomes a playlist titled after the folder; an audio file with no row becomes a
// track after the playlist's last one, in file-name order; rows whose folder or file vanished are removed.
// Files are never deleted. Metadata is read on a worker thread; the database changes are applied on the
// main thread in short slices so the event loop keeps answering. Running it again changes nothing.
class LibrarySync : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int playlistsAdded = 0;
        int playlistsRemoved = 0;
        int tracksAdded = 0;
        int tracksRemoved = 0;
        int filesSkipped = 0; // unreadable audio files
        int playlistsCount = 0; // playlists in the database afterwards
        QStringList addedPlaylistIds;
        QStringList changedPlaylistIds; // existing playlists that gained or lost tracks
        QStringList removedPlaylistIds;

        bool changed() const { return playlistsAdded + playlistsRemoved + tracksAdded + tracksRemoved > 0; }
    };
    using Callback = std::function<void(const Summary &)>;

    LibrarySync(Database &database, PlaylistRepository &repository, FileJournal &journal,
                QObject *parent = nullptr);
    ~LibrarySync() override;

    // Starts a run (at boot, and for POST /api/playlists/sync). A request made while a run is in progress is
    // served by one more run right after it, so its result reflects the disk as it was when asked.
    void sync(Callback done = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const LibrarySync::Summary &summary);

private:
    // One unit of the apply phase: a folder of the scan, or a playlist row whose folder was not seen.
    struct Step
    {
        qsizetype folderIndex = -1;
        QString vanishedPlaylistId;
    };

    // What the worker brings back: the rows as they were (read on its own connection, so the event loop
    // never waits for a large library to load) and what the disk holds.
    struct Snapshot
    {
        QHash<QString, QString> playlistFolders; // playlist id -> folder
        LibraryScanner::Scan scan;
        // Folders whose files are exactly the rows the database had: nothing to apply.
        QSet<QString> unchangedFolders;
    };
    static Snapshot takeSnapshot(const QString &databaseFile, const QString &musicDir,
                                 const std::atomic<bool> *cancelled);

    void startRun();
    void scanned();
    void applySlice();
    void applyFolder(const LibraryScanner::Folder &folder);
    void applyVanishedPlaylist(const QString &playlistId);
    void finishRun();

    Database &m_database;
    PlaylistRepository &m_repository;
    FileJournal &m_journal;
    // Shared, so that the sync moves the snapshot out: the watcher keeps its future, and the future its
    // result, until the next sync (every file name of the scan, about 5 MB for 20,000 files).
    QFutureWatcher<std::shared_ptr<Snapshot>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
    QList<Callback> m_current; // served by the run in progress
    QList<Callback> m_next; // asked during a run: served by the next one
    bool m_rerun = false;

    LibraryScanner::Scan m_scan;
    QList<Step> m_steps;
    qsizetype m_stepIndex = 0;
    Summary m_summary;
};
