// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "playlist.h"
#include "resumepointrepository.h"

class Database;

// Puts the rows of a trash entry back into the library, inside the caller's transaction: a playlist row as it
// was (its id, dates and counts), tracks with their ids, numbers, names and play counts, a tag link and a
// resume point. TrashService decides what goes where; this only writes.
class TrashRowRestorer
{
public:
    explicit TrashRowRestorer(Database &database);

    bool titleTaken(const QString &title) const; // by another playlist, case ignored
    bool tagTaken(const QString &tagId) const;
    bool trackIdTaken(const QString &trackId) const;

    Status insertPlaylist(const Playlist &playlist);
    Status insertTrack(const QString &playlistId, const Track &track);
    Status linkTag(const QString &tagId, const QString &playlistId);
    Status restoreResumePoint(const QString &playlistId, const ResumePointRepository::ResumePoint &point);
    // The playlist changed `changes` times (one per track put back): its revision moves by as much and its
    // updated_at to now (PROTOCOL.md §5.2).
    Status bumpRevision(const QString &playlistId, int changes);

private:
    bool exists(const QString &sql, const QString &value) const;

    Database &m_database;
};
