// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashbin.h"

#include "common/clock.h"
#include "common/ids.h"
#include "common/timeformat.h"
#include "resumepointrepository.h"
#include "trashrepository.h"

#include <QDir>

using namespace Qt::StringLiterals;

TrashBin::TrashBin(QString trashDir, TrashRepository &entries, const ResumePointRepository &resumePoints,
                   const Clock &clock)
    : m_trashDir(QDir(trashDir).absolutePath())
    , m_entries(entries)
    , m_resumePoints(resumePoints)
    , m_clock(clock)
{ }

QString TrashBin::entryDir(const QString &entryId) const
{
    return m_trashDir + u'/' + entryId;
}

TrashEntry TrashBin::newEntry(TrashEntry::Kind kind, const Playlist &playlist) const
{
    TrashEntry entry;
    entry.id = Ids::newUuid();
    entry.kind = kind;
    entry.playlist = playlist;
    entry.deletedAt = TimeFormat::isoUtc(m_clock.nowUtc());
    return entry;
}

TrashBin::Staged TrashBin::stagePlaylist(const Playlist &playlist, const QString &folderPath) const
{
    Staged staged {newEntry(TrashEntry::Kind::Playlist, playlist), {}};
    staged.entry.tracks = playlist.tracks;
    staged.entry.resumePoint = m_resumePoints.find(playlist.id);
    // The folder itself moves: one rename, atomic (the journal creates the trash folder).
    staged.moves.append({FileJournal::FileOp::Kind::Rename, folderPath, entryDir(staged.entry.id)});
    return staged;
}

TrashBin::Staged TrashBin::stageTracks(const Playlist &playlist, const QList<Track> &tracks) const
{
    Playlist from = playlist;
    from.tracks.clear();
    Staged staged {newEntry(TrashEntry::Kind::Tracks, from), {}};
    staged.entry.tracks = tracks;
    for (const Track &track : tracks) {
        if (track.isStream())
            continue; // no file: the entry's row is all there is
        staged.moves.append({FileJournal::FileOp::Kind::Rename, track.filePath,
                             entryDir(staged.entry.id) + u'/' + track.filename});
    }
    return staged;
}

Status TrashBin::record(const TrashEntry &entry)
{
    return m_entries.insert(entry);
}
