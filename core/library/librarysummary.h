// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class Database;

// How big the library is, for GET /api/system/info: counted by the database in one query.
class LibrarySummary
{
public:
    explicit LibrarySummary(Database &database);

    // {playlists, tracks, duration_ms}; zeros when the database cannot answer.
    QJsonObject toJson() const;

private:
    Database &m_database;
};
