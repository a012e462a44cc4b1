// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "common/result.h"

#include "uploads/uploadsession.h"

#include <QByteArrayView>

#include <functional>

// The two halves of a chunk upload request (PUT .../chunks/{index}), shared by music uploads and restores.
namespace ChunkRequest {

// The {index} segment: a decimal integer, or a 422 naming chunk_index.
Result<int> index(const ApiRequest &request);
// The bytes of the multipart/form-data part named "file", inside request.body; a 400 when there is none.
Result<QByteArrayView> filePart(const ApiRequest &request);

// The whole answer: the index, then the session (a 404 first, whatever the body), then the file part, then
// `put`.
ApiResponse answer(const ApiRequest &request, const std::function<Result<UploadSession>()> &session,
                   const std::function<Result<UploadChunkResult>(int index, QByteArrayView data)> &put);

} // namespace ChunkRequest
