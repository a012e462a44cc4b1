// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

class Database;

// Where each playlist was left (PROTOCOL.md §6.1 "Resume point"), one row per playlist.
class ResumePointRepository
{
public:
    struct ResumePoint
    {
        QString trackId;
        qint64 positionMs = 0;
        qint64 savedAtMs = 0; // Unix ms
    };

    explicit ResumePointRepository(Database &database);

    Status save(const QString &playlistId, const QString &trackId, qint64 positionMs, qint64 savedAtMs);
    std::optional<ResumePoint> find(const QString &playlistId) const;
    Status clear(const QString &playlistId);

private:
    Database &m_database;
};
