// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// Finds playlists by title and tracks by title, artist or album in the FTS5 indexes that migration 002 keeps
// in step with the tables. Every word of the query must match the start of a word ("owl moo" finds "Owl
// and the Moon"); case and accents are ignored; the best matches come first.
class SearchRepository
{
public:
    struct PlaylistHit
    {
        QString id;
        QString title;
        int trackCount = 0;
    };

    struct TrackHit
    {
        QString id;
        QString playlistId;
        QString playlistTitle;
        int trackNumber = 0;
        QString title;
        QString artist; // empty when unknown
        QString album; // empty when unknown
        qint64 durationMs = 0;
    };

    struct Results
    {
        QList<PlaylistHit> playlists;
        QList<TrackHit> tracks;
    };

    explicit SearchRepository(Database &database);

    // A query without a single word (only punctuation) finds nothing.
    Result<Results> search(const QString &query, int limit) const;

    // The FTS5 expression for a user's words: each one quoted (so no operator or column filter can be typed
    // in) and a prefix; empty when the text has no word.
    static QString matchExpression(const QString &query);

private:
    Database &m_database;
};
