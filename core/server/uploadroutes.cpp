// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadroutes.h"

#include "chunkrequest.h"
#include "common/fieldvalidator.h"
#include "router.h"
#include "uploads/uploadservice.h"

using namespace Qt::StringLiterals;

namespace {

const QString base = u"/api/playlists/{playlist_id}/uploads"_s;

} // namespace

UploadRoutes::UploadRoutes(UploadService &uploads)
    : m_uploads(uploads)
{ }

void UploadRoutes::registerOn(Router &router)
{
    router.add("POST", base + u"/session"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto filename = fields.string(u"filename"_s, FieldValidator::Required);
        const auto fileSize = fields.integer(u"file_size"_s, FieldValidator::Required, 1,
                                             std::numeric_limits<qint64>::max() / 4);
        const auto chunkSize
            = fields.integer(u"chunk_size"_s, FieldValidator::Optional, UploadService::minChunkSize, 1 << 30);
        const auto fileHash = fields.string(u"file_hash"_s, FieldValidator::Optional, 0, 200);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto session
            = m_uploads.init(request.param(u"playlist_id"_s), *filename, *fileSize,
                             chunkSize ? std::optional<int>(int(*chunkSize)) : std::nullopt, fileHash);
        if (!session)
            return ApiResponse::failure(session.error());
        return ApiResponse::success(session->toJson(), u"upload session created"_s, 201);
    });

    router.add(
        "PUT", base + u"/{session_id}/chunks/{index}"_s,
        [this](const ApiRequest &request) {
            const QString playlist = request.param(u"playlist_id"_s);
            const QString session = request.param(u"session_id"_s);
            return ChunkRequest::answer(
                request, [&] { return m_uploads.session(playlist, session); },
                [&](int index, QByteArrayView data) {
                    return m_uploads.putChunk(playlist, session, index, data);
                });
        },
        RouteOptions {RouteBody::Raw});

    router.addAsync(
        "POST", base + u"/{session_id}/finalize"_s, [this](const ApiRequest &request, ApiResponder respond) {
            FieldValidator fields(request.json);
            UploadService::MetadataOverride metadata;
            if (const auto override = fields.object(u"metadata_override"_s, FieldValidator::Optional)) {
                FieldValidator inner(*override, u"metadata_override"_s);
                metadata.title = inner.text(u"title"_s, FieldValidator::Optional, 255);
                metadata.artist = inner.text(u"artist"_s, FieldValidator::Optional, 255);
                metadata.album = inner.text(u"album"_s, FieldValidator::Optional, 255);
                if (!inner.ok())
                    return respond(ApiResponse::failure(inner.error()));
            }
            if (!fields.ok())
                return respond(ApiResponse::failure(fields.error()));
            m_uploads.finalize(request.param(u"playlist_id"_s), request.param(u"session_id"_s), metadata,
                               [respond](const Result<UploadSession> &result) {
                                   if (!result)
                                       return respond(ApiResponse::failure(result.error()));
                                   const QJsonObject data {{u"session_id"_s, result->sessionId},
                                                           {u"playlist_id"_s, result->playlistId},
                                                           {u"track"_s,
                                                            result->track
                                                                ? QJsonValue(result->track->toJson())
                                                                : QJsonValue(QJsonValue::Null)}};
                                   respond(ApiResponse::success(data, u"upload completed"_s));
                               });
        });

    router.add("GET", base + u"/{session_id}"_s, [this](const ApiRequest &request) {
        const auto session
            = m_uploads.session(request.param(u"playlist_id"_s), request.param(u"session_id"_s));
        if (!session)
            return ApiResponse::failure(session.error());
        return ApiResponse::success(session->toJson(), u"upload session"_s);
    });

    router.add("DELETE", base + u"/{session_id}"_s, [this](const ApiRequest &request) {
        const auto session
            = m_uploads.cancel(request.param(u"playlist_id"_s), request.param(u"session_id"_s));
        if (!session)
            return ApiResponse::failure(session.error());
        return ApiResponse::success(
            QJsonObject {{u"session_id"_s, session->sessionId}, {u"status"_s, u"cancelled"_s}},
            u"upload cancelled"_s);
    });
}
