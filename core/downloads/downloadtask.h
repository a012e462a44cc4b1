// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/track.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One YouTube download (PROTOCOL.md §3 DownloadTask): where it stands and what it produced. A plain value;
// YoutubeDownloader owns the live ones.
struct DownloadTask
{
    enum class Status { Pending, Downloading, Processing, Complete, Error };

    QString taskId;
    QString url;
    std::optional<QString> playlistId;
    Status status = Status::Pending;
    double progress = 0.0; // 0..100, one decimal
    QString currentStep;
    std::optional<qint64> downloadedBytes;
    std::optional<qint64> totalBytes;
    QList<Track> tracks;
    std::optional<QString> error;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isFinished() const { return status == Status::Complete || status == Status::Error; }
    static QString statusName(Status status);
    // The whole task: progressEvent()'s fields, then the URL, the playlist, the tracks, the error, the times.
    QJsonObject toJson() const;
    // The payloads of youtube:progress, youtube:complete and youtube:error (PROTOCOL.md §5.4).
    QJsonObject progressEvent() const;
    QJsonObject completeEvent() const;
    QJsonObject errorEvent() const;
};
