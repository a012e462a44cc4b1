// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playlistlisting.h"

#include <QByteArray>
#include <QHash>

// The compact JSON of each playlist kept per revision (PlaylistListing::Revision), so GET /api/playlists and
// the state:playlists snapshot are answered by concatenating bytes: a request converts only the playlists
// that changed since they were last asked for, and does no work per track for the others
// (docs/ARCHITECTURE.md "The playlist list"). Whatever a playlist's JSON holds, fields added later included,
// is rebuilt when its revision moves, since every edit bumps playlist_seq. Each fragment is what
// QJsonDocument writes for Playlist::toSummaryJson / toJson, so the bytes on the wire are the ones a fresh
// conversion gives. The last answer of each kind is kept too: while no revision in it moves, the same bytes
// are handed out again (shared, not copied), so a page asked for by many clients is assembled once.
class PlaylistJsonCache
{
public:
    struct List
    {
        QByteArray json; // a compact JSON array, in list order
        int count = 0; // its elements
        int total = 0; // playlists in the library
    };

    explicit PlaylistJsonCache(const PlaylistListing &listing);

    // PlaylistSummary[] of every playlist.
    Result<List> summaries();
    // One page (1-based) of full playlists (Playlist[] with tracks).
    Result<List> page(int page, int limit);

private:
    // A playlist's JSON is where it was last handed out: a range of that answer, sharing its buffer. Kept as
    // a buffer of its own per playlist, a library's JSON would be on the heap twice, in a thousand small
    // pieces spread over it (docs/ARCHITECTURE.md "The playlist list").
    struct Entry
    {
        PlaylistListing::Revision revision;
        QByteArray answer;
        qsizetype offset = 0;
        qsizetype size = 0;

        QByteArrayView json() const { return QByteArrayView(answer).sliced(offset, size); }
    };
    using Entries = QHash<QString, Entry>;
    struct LastAnswer
    {
        QList<PlaylistListing::Revision> revisions;
        QByteArray json;
        int count = 0;
    };
    using Load = Result<QList<Playlist>> (PlaylistListing::*)(const QStringList &) const;
    using ToJson = QJsonObject (Playlist::*)() const;

    Result<List> assemble(const PlaylistListing::Revisions &revisions, Entries &entries, LastAnswer &last,
                          Load load, ToJson toJson) const;

    const PlaylistListing &m_listing;
    Entries m_summaries;
    Entries m_playlists;
    LastAnswer m_lastSummaries;
    LastAnswer m_lastPage;
};
