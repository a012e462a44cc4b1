// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playlistlisting.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

// The JSON of each playlist kept per revision (PlaylistListing::Revision), so GET /api/playlists and the
// state:playlists snapshot rebuild only the playlists that changed since they were last asked for, instead of
// loading and converting every track each time (docs/ARCHITECTURE.md "The playlist list"). Whatever a
// playlist's JSON holds, fields added later included, is rebuilt when its revision moves, since every edit
// bumps playlist_seq. The arrays are made of the objects Playlist::toSummaryJson / toJson build, so the bytes
// on the wire are the ones the uncached code sent.
class PlaylistJsonCache
{
public:
    struct Page
    {
        QJsonArray playlists; // Playlist[] with tracks, in list order
        int total = 0;
    };

    explicit PlaylistJsonCache(const PlaylistListing &listing);

    // PlaylistSummary[] of every playlist, in list order.
    Result<QJsonArray> summaries();
    // One page (1-based) of full playlists.
    Result<Page> page(int page, int limit);

private:
    struct Entry
    {
        PlaylistListing::Revision revision;
        QJsonObject json;
    };
    using Entries = QHash<QString, Entry>;
    using Load = Result<QList<Playlist>> (PlaylistListing::*)(const QStringList &) const;
    using ToJson = QJsonObject (Playlist::*)() const;

    Result<QJsonArray> assemble(const QList<PlaylistListing::Revision> &revisions, Entries &entries,
                                Load load, ToJson toJson) const;

    const PlaylistListing &m_listing;
    Entries m_summaries;
    Entries m_playlists;
};
