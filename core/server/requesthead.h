// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"

#include <QByteArrayView>

// The request line and headers of one HTTP request head, read by the front door (Host, body size, upgrade)
// and the WebSocket gateway (path, query, Origin) before QHttpServer or QWebSocketServer sees the bytes.
namespace RequestHead {

// head: the bytes up to, without, the blank line. Malformed lines are skipped; the result has no body.
ApiRequest parse(QByteArrayView head);
bool isWebSocketUpgrade(const ApiRequest &request);
// The declared body size; 0 when absent or not a non-negative number.
qint64 contentLength(const ApiRequest &request);

} // namespace RequestHead
