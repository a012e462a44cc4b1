// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "common/result.h"

#include <QByteArrayView>

// The two halves of a chunk upload request (PUT .../chunks/{index}), shared by music uploads and restores.
namespace ChunkRequest {

// The {index} segment: a decimal integer, or a 422 naming chunk_index.
Result<int> index(const ApiRequest &request);
// The bytes of the multipart/form-data part named "file", inside request.body; a 400 when there is none.
Result<QByteArrayView> filePart(const ApiRequest &request);

} // namespace ChunkRequest
