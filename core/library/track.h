// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One audio file of a playlist (PROTOCOL.md §3 Track). A plain value: the repository fills it, everyone reads
// it.
struct Track
{
    QString id;
    QString playlistId;
    int trackNumber = 0;
    QString title;
    QString filename; // the stored file name inside the playlist's folder
    qint64 durationMs = 0;
    QString filePath; // absolute; follows renames and moves
    std::optional<QString> artist;
    std::optional<QString> album;
    bool hasCover = false;
    // The stored picture's name under <data-dir>/covers/ (CoverStore), nullopt while there is none.
    std::optional<QString> cover;
    int playCount = 0;
    // ISO-8601 UTC with milliseconds, exactly as stored and as sent (PROTOCOL.md "Units").
    QString createdAt;
    QString updatedAt;

    QJsonObject toJson() const;
    // The short form inside PlayerState.active_track.
    QJsonObject toActiveTrackJson() const;
};
