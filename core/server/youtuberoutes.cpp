// SPDX-License-Identifier: GPL-3.0-or-later
#include "youtuberoutes.h"

#include "common/fieldvalidator.h"
#include "downloads/youtubedownloader.h"
#include "downloads/youtubesearch.h"
#include "router.h"

using namespace Qt::StringLiterals;

YoutubeRoutes::YoutubeRoutes(YoutubeDownloader &downloader, YoutubeSearch &search)
    : m_downloader(downloader)
    , m_search(search)
{ }

void YoutubeRoutes::registerOn(Router &router)
{
    router.add("POST", u"/api/youtube/download"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto url = fields.string(u"url"_s, FieldValidator::Required, 1, 2048);
        const auto playlistId = fields.id(u"playlist_id"_s, FieldValidator::Optional);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto task = m_downloader.enqueue(*url, playlistId);
        if (!task)
            return ApiResponse::failure(task.error());
        return ApiResponse::success(task->toJson(), u"download queued"_s, 202);
    });

    router.add("GET", u"/api/youtube/status/{task_id}"_s, [this](const ApiRequest &request) {
        const auto task = m_downloader.task(request.param(u"task_id"_s));
        if (!task)
            return ApiResponse::failure(task.error());
        return ApiResponse::success(task->toJson(),
                                    u"download %1"_s.arg(DownloadTask::statusName(task->status)));
    });

    router.add("DELETE", u"/api/youtube/download/{task_id}"_s, [this](const ApiRequest &request) {
        const auto task = m_downloader.cancel(request.param(u"task_id"_s));
        if (!task)
            return ApiResponse::failure(task.error());
        return ApiResponse::success(task->toJson(), u"download cancelled"_s);
    });

    router.addAsync("GET", u"/api/youtube/search"_s, [this](const ApiRequest &request, ApiResponder respond) {
        FieldValidator errors({});
        const QString query = request.queryValue(u"query"_s).trimmed();
        if (query.isEmpty())
            errors.addError(u"query"_s,
                            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "query is required")));
        int maxResults = 10;
        if (request.query.hasQueryItem(u"max_results"_s)) {
            bool ok = false;
            maxResults = request.queryValue(u"max_results"_s).toInt(&ok);
            if (!ok || maxResults < 1 || maxResults > 50)
                errors.addError(u"max_results"_s,
                                QString::fromUtf8(QT_TRANSLATE_NOOP(
                                    "ServiceError", "max_results must be an integer from 1 to 50")));
        }
        if (!errors.ok())
            return respond(ApiResponse::failure(errors.error()));
        m_search.search(query, maxResults, [respond](const Result<QJsonObject> &result) {
            if (!result)
                return respond(ApiResponse::failure(result.error()));
            respond(ApiResponse::success(*result,
                                         u"%1 results"_s.arg(result->value(u"total_results"_s).toInt())));
        });
    });
}
