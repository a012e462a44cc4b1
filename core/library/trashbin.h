// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "filejournal.h"
#include "trashentry.h"

class Clock;
class ResumePointRepository;
class TrashRepository;

// Where deleted things go instead of away: PlaylistService stages a deleted playlist or deleted tracks here
// (the entry with every row needed to put them back, and the renames that move their files into
// <trash>/<entry id>/), then records the entry in the same transaction as the deletion, so a power cut leaves
// the rows either in the library or in the trash, and the FileJournal moves the files after them.
class TrashBin
{
public:
    struct Staged
    {
        TrashEntry entry;
        QList<FileJournal::FileOp> moves;
    };

    TrashBin(QString trashDir, TrashRepository &entries, const ResumePointRepository &resumePoints,
             const Clock &clock);

    QString trashDir() const { return m_trashDir; }
    QString entryDir(const QString &entryId) const;

    // The playlist's folder becomes the entry's folder; its tag link and resume point are kept in the entry.
    Staged stagePlaylist(const Playlist &playlist, const QString &folderPath) const;
    // The tracks' files go into the entry's folder under their names.
    Staged stageTracks(const Playlist &playlist, const QList<Track> &tracks) const;
    // Inside the caller's transaction.
    Status record(const TrashEntry &entry);

private:
    TrashEntry newEntry(TrashEntry::Kind kind, const Playlist &playlist) const;

    QString m_trashDir;
    TrashRepository &m_entries;
    const ResumePointRepository &m_resumePoints;
    const Clock &m_clock;
};
