// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trashentry.h"

#include <QObject>
#include <QTimer>

class Clock;
class FileJournal;
class PlaylistRepository;
class TrashBin;
class TrashRepository;
class TrashRowRestorer;

// The trash's use cases (PROTOCOL.md §4.8): list it, put an entry back (a taken title or file name gets a
// clear rename, a taken tag stays with its new playlist; nothing is overwritten), delete an entry for good,
// and purge what is older than the retention at start and daily. Rows and file moves go through the
// FileJournal, so a power cut at any instant leaves every file either in the library or in the trash. Says
// what changed with domain signals; TrashNotifier turns them into events.
class TrashService : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int retentionDays = 30;
    };

    struct FileRename
    {
        QString trackId;
        QString from;
        QString to;
    };

    struct Restored
    {
        QString entryId;
        Playlist playlist; // after the restore
        QList<Track> tracks; // the tracks put back, with their numbers and names now
        bool playlistCreated = false; // a deleted playlist, or the tracks' playlist made again
        std::optional<QString> titleBefore; // set when the title was taken and the playlist renamed
        QList<FileRename> renamedFiles;
        bool tagRestored = false;
        bool tagTaken = false; // it had a tag, which another playlist has now: it stays there
    };

    TrashService(Config config, TrashRepository &entries, TrashBin &bin, TrashRowRestorer &rows,
                 PlaylistRepository &playlists, FileJournal &journal, const Clock &clock,
                 QObject *parent = nullptr);

    int retentionDays() const { return m_config.retentionDays; }
    Result<QList<TrashEntry>> entries() const;
    Result<Restored> restore(const QString &entryId);
    Status deleteForever(const QString &entryId);
    // Deletes the entries older than the retention; returns how many went.
    int purgeExpired();
    // Purges now and then once a day.
    void startDailyPurge();

Q_SIGNALS:
    void restored(const TrashService::Restored &restored);
    // reason: restored, deleted or expired.
    void entryRemoved(const QString &entryId, const QString &reason);

private:
    Result<Restored> restorePlaylist(const TrashEntry &entry);
    Result<Restored> restoreTracks(const TrashEntry &entry);
    QString freeTitle(const QString &title) const;
    Status removeEntry(const QString &entryId);

    Config m_config;
    TrashRepository &m_entries;
    TrashBin &m_bin;
    TrashRowRestorer &m_rows;
    PlaylistRepository &m_playlists;
    FileJournal &m_journal;
    const Clock &m_clock;
    QTimer m_purgeTimer;
};
