// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One audio file or http(s) stream of a playlist (PROTOCOL.md §3 Track). A plain value: the repository fills
// it, everyone reads it.
struct Track
{
    QString id;
    QString playlistId;
    int trackNumber = 0;
    QString title;
    QString filename; // the stored file name inside the playlist's folder
    qint64 durationMs = 0;
    QString filePath; // absolute; follows renames and moves; empty for a stream
    // Set for a track that plays an http(s) stream: it has no file, `filename` is only a placeholder.
    std::optional<QString> streamUrl;
    std::optional<QString> artist;
    std::optional<QString> album;
    bool hasCover = false;
    // The stored picture's name under <data-dir>/covers/ (CoverStore), nullopt while there is none.
    std::optional<QString> cover;
    int playCount = 0;
    // ISO-8601 UTC with milliseconds, exactly as stored and as sent (PROTOCOL.md "Units").
    QString createdAt;
    QString updatedAt;

    bool isStream() const { return streamUrl.has_value(); }
    // What the player loads: the stream's URL, else the file.
    QString source() const { return streamUrl.value_or(filePath); }

    // The stored `filename` of a stream track: unique in its playlist, never the name of a file.
    static QString streamPlaceholder(const QString &trackId) { return QStringLiteral("stream-") + trackId; }

    QJsonObject toJson() const;
    // The short form inside PlayerState.active_track.
    QJsonObject toActiveTrackJson() const;
};
