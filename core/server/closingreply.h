// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

// A reply written straight onto a socket, for the doors that answer before QHttpServer or QWebSocketServer
// does (a refused connection, head or upgrade): status line, headers, Content-Length and Connection: close.
namespace ClosingReply {

QByteArray toWire(const HttpReply &reply);

} // namespace ClosingReply
