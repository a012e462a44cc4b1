// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthead.h"

#include <QUrl>

namespace RequestHead {

ApiRequest parse(QByteArrayView head)
{
    ApiRequest request;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0).toUpper();
    const QUrl target = QUrl::fromEncoded(requestLine.value(1));
    request.path = target.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        const QByteArray name = lines[i].left(qMax(colon, 0)).trimmed().toLower();
        // A line without a name (": x", " \r: x") is malformed and skipped, as a line without a colon.
        if (!name.isEmpty())
            request.headers.insert(name, lines[i].mid(colon + 1).trimmed());
    }
    return request;
}

bool isWebSocketUpgrade(const ApiRequest &request)
{
    return request.header("connection").toLower().contains("upgrade")
        && request.header("upgrade").toLower() == "websocket";
}

qint64 contentLength(const ApiRequest &request)
{
    bool ok = false;
    const qint64 length = request.header("content-length").toLongLong(&ok);
    return ok && length > 0 ? length : 0;
}

} // namespace RequestHead
