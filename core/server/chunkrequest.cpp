// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkrequest.h"

#include "uploads/multipartparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ChunkRequest {

Result<int> index(const ApiRequest &request)
{
    static const QRegularExpression decimal(u"^[0-9]{1,9}$"_s);
    const QString text = request.param(u"index"_s);
    if (!decimal.match(text).hasMatch())
        return ServiceError::validation(
            u"chunk_index"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "chunk_index must be a decimal integer")));
    return text.toInt();
}

Result<QByteArrayView> filePart(const ApiRequest &request)
{
    const auto boundary = MultipartParser::boundary(request.header("content-type"));
    if (!boundary)
        return ServiceError {ErrorType::BadRequest,
                             QString::fromUtf8(QT_TRANSLATE_NOOP(
                                 "ServiceError", "a chunk must be sent as multipart/form-data")),
                             {}};
    const auto parts = MultipartParser::parse(request.body, *boundary);
    if (!parts)
        return parts.error();
    const auto file = MultipartParser::find(*parts, "file");
    if (!file)
        return ServiceError {
            ErrorType::BadRequest,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the multipart body has no part named file")),
            {}};
    return QByteArrayView(request.body).sliced(file->offset, file->size);
}

ApiResponse answer(const ApiRequest &request, const std::function<Result<UploadSession>()> &session,
                   const std::function<Result<UploadChunkResult>(int index, QByteArrayView data)> &put)
{
    const Result<int> chunk = index(request);
    if (!chunk)
        return ApiResponse::failure(chunk.error());
    if (const Result<UploadSession> known = session(); !known)
        return ApiResponse::failure(known.error());
    const Result<QByteArrayView> file = filePart(request);
    if (!file)
        return ApiResponse::failure(file.error());
    const Result<UploadChunkResult> result = put(*chunk, *file);
    if (!result)
        return ApiResponse::failure(result.error());
    return ApiResponse::success(result->toJson(),
                                result->duplicate ? u"chunk already received"_s : u"chunk received"_s);
}

} // namespace ChunkRequest
