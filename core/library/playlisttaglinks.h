// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

class Database;

// The rows that link an NFC tag to a playlist (tag_associations): a tag starts one playlist and a playlist
// has at most one tag. Part of the playlist aggregate, so every change bumps the revision of the playlists
// it touches (PlaylistRevision), in the same transaction.
class PlaylistTagLinks
{
public:
    explicit PlaylistTagLinks(Database &database);

    // Gives the tag to the playlist; returns the id of the playlist that had it before (if another one).
    // The playlist's previous tag is released.
    Result<std::optional<QString>> assign(const QString &playlistId, const QString &tagId);
    // Returns the playlist that had the tag.
    Result<QString> release(const QString &tagId);

private:
    Database &m_database;
};
