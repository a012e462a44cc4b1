// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMimeDatabase>
#include <QString>

struct ApiRequest;

// The web UI (PROTOCOL.md §1.4): an existing file under the root with a MIME type from its extension, any
// other path gets index.html, a '..' segment is a 404. The root is the embedded UI (":/web") or --web-root.
// Each file is read, hashed and gzipped once and kept until it changes on disk, so a second visit costs a
// 304 and a first one the compressed bytes.
class StaticFiles
{
public:
    static constexpr auto embeddedRoot = ":/web";

    // A webRoot without index.html is logged and replaced by the embedded UI.
    explicit StaticFiles(const QString &webRoot);

    ApiResponse serve(const ApiRequest &request);
    QString root() const { return m_root; }

private:
    struct Asset
    {
        QDateTime modified;
        qint64 size = -1;
        QByteArray contentType;
        QByteArray body;
        QByteArray gzipBody; // empty when compressing does not pay
        QByteArray etag; // of the plain bytes; the gzip variant appends "-gz"
    };

    const Asset *load(const QString &file);

    QString m_root;
    QMimeDatabase m_mimeTypes;
    QHash<QString, Asset> m_assets;
};
