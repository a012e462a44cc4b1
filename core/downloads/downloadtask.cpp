// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadtask.h"

#include "common/jsonvalues.h"
#include "common/timeformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray tracksJson(const QList<Track> &tracks)
{
    QJsonArray array;
    for (const Track &track : tracks)
        array.append(track.toJson());
    return array;
}

} // namespace

QString DownloadTask::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return u"pending"_s;
    case Status::Downloading:
        return u"downloading"_s;
    case Status::Processing:
        return u"processing"_s;
    case Status::Complete:
        return u"complete"_s;
    case Status::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

QJsonObject DownloadTask::toJson() const
{
    QJsonObject json = progressEvent();
    json.insert(u"url"_s, url);
    json.insert(u"playlist_id"_s, orNull(playlistId));
    json.insert(u"tracks"_s, tracksJson(tracks));
    json.insert(u"error"_s, orNull(error));
    json.insert(u"created_at"_s, TimeFormat::isoUtc(createdAt));
    json.insert(u"updated_at"_s, TimeFormat::isoUtc(updatedAt));
    return json;
}

QJsonObject DownloadTask::progressEvent() const
{
    return {
        {u"task_id"_s, taskId},
        {u"status"_s, statusName(status)},
        {u"progress"_s, progress},
        {u"progress_percent"_s, progress},
        {u"current_step"_s, currentStep},
        {u"downloaded_bytes"_s, orNull(downloadedBytes)},
        {u"total_bytes"_s, orNull(totalBytes)},
    };
}

QJsonObject DownloadTask::completeEvent() const
{
    return {
        {u"task_id"_s, taskId},
        {u"status"_s, u"complete"_s},
        {u"playlist_id"_s, orNull(playlistId)},
        {u"tracks"_s, tracksJson(tracks)},
    };
}

QJsonObject DownloadTask::errorEvent() const
{
    return {
        {u"task_id"_s, taskId},
        {u"status"_s, u"error"_s},
        {u"message"_s,
         error.value_or(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the download failed")))},
    };
}
