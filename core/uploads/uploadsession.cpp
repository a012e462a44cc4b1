// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadsession.h"

#include "common/ids.h"
#include "common/jsonvalues.h"
#include "common/timeformat.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

UploadSession UploadSession::begin(const QString &playlistId, const QString &fileName, qint64 fileSize,
                                   int chunkSize, const QDateTime &now, int ttlSec)
{
    UploadSession session;
    session.sessionId = Ids::newUuid();
    session.playlistId = playlistId;
    session.fileName = fileName;
    session.fileSize = fileSize;
    session.chunkSize = chunkSize;
    session.totalChunks = chunkCount(fileSize, chunkSize);
    session.received = QList<bool>(session.totalChunks, false);
    session.createdAt = now;
    session.lastActivity = now;
    session.ttlSec = ttlSec;
    return session;
}

int UploadSession::chunkCount(qint64 fileSize, int chunkSize)
{
    return chunkSize > 0 ? int((fileSize + chunkSize - 1) / chunkSize) : 0;
}

qint64 UploadSession::expectedChunkBytes(int index) const
{
    if (index < 0 || index >= totalChunks)
        return -1;
    if (index < totalChunks - 1)
        return chunkSize;
    return fileSize - qint64(totalChunks - 1) * chunkSize;
}

QList<int> UploadSession::missingChunks() const
{
    QList<int> missing;
    for (int i = 0; i < received.size(); ++i) {
        if (!received.at(i))
            missing.append(i);
    }
    return missing;
}

std::optional<ServiceError> UploadSession::chunkProblem(int index, qint64 size) const
{
    if (status != Status::InProgress)
        return ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the upload is %1")).arg(statusName(status)),
            {{u"status"_s, statusName(status)}});
    if (index < 0 || index >= totalChunks)
        return ServiceError::validation(
            u"chunk_index"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "chunk_index must be from 0 to %1"))
                .arg(totalChunks - 1));
    const qint64 expected = expectedChunkBytes(index);
    const QString wrongSize
        = QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "chunk %1 must be %2 bytes, got %3"))
              .arg(index)
              .arg(expected)
              .arg(size);
    if (size > expected)
        return ServiceError {ErrorType::PayloadTooLarge, wrongSize, {{u"max_bytes"_s, expected}}};
    if (size < expected)
        return ServiceError::validation(u"file"_s, wrongSize);
    return std::nullopt;
}

void UploadSession::markReceived(int index)
{
    if (received.at(index))
        return;
    received[index] = true;
    ++receivedChunks;
    receivedBytes += expectedChunkBytes(index);
}

double UploadSession::progress() const
{
    if (fileSize <= 0)
        return 0.0;
    return std::round(double(receivedBytes) * 10000.0 / double(fileSize)) / 100.0;
}

QString UploadSession::statusName(Status status)
{
    switch (status) {
    case Status::InProgress:
        return u"in_progress"_s;
    case Status::Completed:
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "completed"));
    case Status::Failed:
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "failed"));
    case Status::Cancelled:
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cancelled"));
    }
    return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "failed"));
}

QJsonObject UploadSession::toJson() const
{
    QJsonArray missing;
    for (int index : missingChunks())
        missing.append(index);
    return {
        {u"session_id"_s, sessionId},
        {u"playlist_id"_s, playlistId},
        {u"filename"_s, fileName},
        {u"file_size"_s, fileSize},
        {u"chunk_size"_s, chunkSize},
        {u"total_chunks"_s, totalChunks},
        {u"received_chunks"_s, receivedChunks},
        {u"received_bytes"_s, receivedBytes},
        {u"missing_chunks"_s, missing},
        {u"progress"_s, progress()},
        {u"status"_s, statusName(status)},
        {u"created_at"_s, TimeFormat::isoUtc(createdAt)},
        {u"expires_at"_s, TimeFormat::isoUtc(expiresAt())},
        {u"error_message"_s, orNull(errorMessage)},
        {u"track"_s, track ? QJsonValue(track->toJson()) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject UploadChunkResult::toJson() const
{
    return {{u"session_id"_s, session.sessionId},     {u"chunk_index"_s, chunkIndex},
            {u"chunk_bytes"_s, chunkBytes},           {u"received_chunks"_s, session.receivedChunks},
            {u"total_chunks"_s, session.totalChunks}, {u"progress"_s, session.progress()},
            {u"complete"_s, session.isComplete()},    {u"duplicate"_s, duplicate},
            {u"session"_s, session.toJson()}};
}
