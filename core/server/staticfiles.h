// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QJsonArray>
#include <QMimeDatabase>
#include <QString>

struct ApiRequest;

// The web UI (PROTOCOL.md §1.4): an existing file under the root with a MIME type from its extension, any
// other path gets index.html, a '..' segment is a 404. The root is the embedded UI (":/web") or --web-root.
class StaticFiles
{
public:
    static constexpr auto embeddedRoot = ":/web";

    // A webRoot without index.html is logged and replaced by the embedded UI.
    explicit StaticFiles(const QString &webRoot);

    ApiResponse serve(const ApiRequest &request) const;
    QString root() const { return m_root; }

private:
    QString m_root;
    QMimeDatabase m_mimeTypes;
};
