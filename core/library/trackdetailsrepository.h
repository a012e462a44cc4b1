// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

class Database;

// What a parent may edit of a track: its title, artist and album (PROTOCOL.md §4.1). Writes them and moves
// the playlist's revision and updated_at in one transaction. Only rows; the file keeps its name.
class TrackDetailsRepository
{
public:
    struct Edit
    {
        std::optional<QString> title; // unset: unchanged
        std::optional<QString> artist; // unset: unchanged; "": cleared (null)
        std::optional<QString> album; // likewise
    };

    explicit TrackDetailsRepository(Database &database);

    // Not found when the track is not in the playlist.
    Status update(const QString &playlistId, const QString &trackId, const Edit &edit);

private:
    Database &m_database;
};
