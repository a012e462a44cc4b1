// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "playlist.h"

#include <QStringList>

class Database;

// The cheap reads behind the playlist list and the state:playlists snapshot (PlaylistJsonCache): the revision
// of each playlist without its tracks, summaries whose tracks the database counts and sums instead of
// loading them, and full playlists by id. Reads only; PlaylistRepository writes.
class PlaylistListing
{
public:
    // What a playlist's JSON depends on: playlist_seq moves with every edit; the other two change without it.
    struct Revision
    {
        QString id;
        qint64 playlistSeq = 0;
        qint64 lastPlayedMs = 0; // in the summary too
        // Moves whenever a track's play_count does (only in the full Playlist); -1 = not read.
        qint64 playsRevision = -1;

        bool operator==(const Revision &) const = default;
    };
    struct Revisions
    {
        QList<Revision> playlists; // in list order (PROTOCOL.md §4.1)
        int total = 0; // playlists in the library
    };

    PlaylistListing(Database &database, QString musicDir);

    // Every playlist, without the plays' revision (summaries do not show play counts).
    Result<Revisions> summaryRevisions() const;
    // One page (1-based), with the plays' revision.
    Result<Revisions> pageRevisions(int page, int limit) const;
    // Without tracks, their number and total duration counted by the database; in no particular order.
    Result<QList<Playlist>> summaries(const QStringList &ids) const;
    // With their tracks; in no particular order.
    Result<QList<Playlist>> playlists(const QStringList &ids) const;

private:
    Result<Revisions> revisions(int page, int limit, bool withPlays) const;

    Database &m_database;
    QString m_musicDir;
};
