// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/serviceerror.h"
#include "library/track.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One chunked upload (PROTOCOL.md §3 UploadSession): which chunks have arrived, where it stands, and when it
// expires. A plain value; UploadService owns the live ones.
struct UploadSession
{
    enum class Status { InProgress, Completed, Failed, Cancelled };

    QString sessionId;
    QString playlistId;
    QString fileName; // the sanitised requested name
    qint64 fileSize = 0;
    int chunkSize = 0;
    int totalChunks = 0;
    QList<bool> received;
    int receivedChunks = 0;
    qint64 receivedBytes = 0;
    Status status = Status::InProgress;
    QDateTime createdAt;
    QDateTime lastActivity;
    int ttlSec = 3600;
    std::optional<QString> fileHash;
    std::optional<QString> errorMessage;
    std::optional<Track> track;

    // A new session with a fresh id, nothing received yet.
    static UploadSession begin(const QString &playlistId, const QString &fileName, qint64 fileSize,
                               int chunkSize, const QDateTime &now, int ttlSec);
    static int chunkCount(qint64 fileSize, int chunkSize);
    // The exact size chunk `index` must have: chunk_size, or the remainder for the last one.
    qint64 expectedChunkBytes(int index) const;
    QList<int> missingChunks() const;
    // Why chunk `index` of `size` bytes cannot be taken (the session is not in progress, the index is out of
    // range, the size is not the chunk's), if it cannot.
    std::optional<ServiceError> chunkProblem(int index, qint64 size) const;
    void markReceived(int index);
    bool isComplete() const { return receivedChunks == totalChunks; }
    double progress() const; // 0..100 with 2 decimals
    QDateTime expiresAt() const { return lastActivity.addSecs(ttlSec); }

    static QString statusName(Status status);
    QJsonObject toJson() const;
};

// What storing one chunk did: the answer of PUT .../chunks/{index} (PROTOCOL.md §4.2).
struct UploadChunkResult
{
    UploadSession session;
    int chunkIndex = 0;
    qint64 chunkBytes = 0;
    bool duplicate = false;

    QJsonObject toJson() const;
};
