// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadsession.h"

#include "common/jsonvalues.h"
#include "common/timeformat.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

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
        return u"completed"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    }
    return u"failed"_s;
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
