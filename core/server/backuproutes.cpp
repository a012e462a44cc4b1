// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuproutes.h"

#include "backup/backupservice.h"
#include "backup/restoreservice.h"
#include "chunkrequest.h"
#include "common/fieldvalidator.h"
#include "router.h"

using namespace Qt::StringLiterals;

namespace {

const QString base = u"/api/system/restore"_s;

QJsonObject summaryJson(const RestoreStager::Summary &summary)
{
    return {{u"status"_s, u"restart_scheduled"_s}, {u"playlists"_s, summary.playlists},
            {u"tracks"_s, summary.tracks},         {u"files"_s, summary.files},
            {u"bytes"_s, summary.bytes},           {u"schema_version"_s, summary.schemaVersion},
            {u"created_at"_s, summary.createdAt}};
}

} // namespace

BackupRoutes::BackupRoutes(BackupService &backups, RestoreService &restores)
    : m_backups(backups)
    , m_restores(restores)
{ }

void BackupRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/system/backup"_s, [this](const ApiRequest &) {
        Result<std::unique_ptr<BackupArchive>> archive = m_backups.createArchive();
        if (!archive)
            return ApiResponse::failure(archive.error());
        const qint64 size = archive->get()->totalBytes();
        return ApiResponse::stream("application/x-tar",
                                   std::shared_ptr<QIODevice>(std::move(archive.value())), size)
            .withHeader("Content-Disposition",
                        "attachment; filename=\"" + m_backups.fileName().toUtf8() + '"');
    });

    router.add("POST", base + u"/session"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto filename = fields.text(u"filename"_s, FieldValidator::Required, 255);
        const auto fileSize = fields.integer(u"file_size"_s, FieldValidator::Required, 1024,
                                             std::numeric_limits<qint64>::max() / 4);
        const auto chunkSize = fields.integer(u"chunk_size"_s, FieldValidator::Optional, 1, 1 << 30);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto session = m_restores.init(*filename, *fileSize,
                                             chunkSize ? std::optional<int>(int(*chunkSize)) : std::nullopt);
        if (!session)
            return ApiResponse::failure(session.error());
        return ApiResponse::success(session->toJson(), u"restore upload started"_s, 201);
    });

    router.add(
        "PUT", base + u"/{session_id}/chunks/{index}"_s,
        [this](const ApiRequest &request) {
            const QString session = request.param(u"session_id"_s);
            return ChunkRequest::answer(
                request, [&] { return m_restores.session(session); },
                [&](int index, QByteArrayView data) { return m_restores.putChunk(session, index, data); });
        },
        RouteOptions {RouteBody::Raw});

    router.add("GET", base + u"/{session_id}"_s, [this](const ApiRequest &request) {
        const auto session = m_restores.session(request.param(u"session_id"_s));
        if (!session)
            return ApiResponse::failure(session.error());
        return ApiResponse::success(session->toJson(), u"restore upload"_s);
    });

    router.add("DELETE", base + u"/{session_id}"_s, [this](const ApiRequest &request) {
        const auto session = m_restores.cancel(request.param(u"session_id"_s));
        if (!session)
            return ApiResponse::failure(session.error());
        return ApiResponse::success(
            QJsonObject {{u"session_id"_s, session->sessionId}, {u"status"_s, u"cancelled"_s}},
            u"restore cancelled"_s);
    });

    router.addAsync("POST", base, [this](const ApiRequest &request, ApiResponder respond) {
        FieldValidator fields(request.json);
        const auto sessionId = fields.string(u"session_id"_s, FieldValidator::Required, 1, 100);
        if (!fields.ok())
            return respond(ApiResponse::failure(fields.error()));
        m_restores.restore(*sessionId, [respond](const Result<RestoreStager::Summary> &result) {
            if (!result)
                return respond(ApiResponse::failure(result.error()));
            respond(ApiResponse::success(
                summaryJson(*result), u"the backup is checked; the box restarts to put it in place"_s, 202));
        });
    });
}
