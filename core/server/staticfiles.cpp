// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticfiles.h"

#include "apirequest.h"
#include "system/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

StaticFiles::StaticFiles(const QString &webRoot)
    : m_root(QString::fromLatin1(embeddedRoot))
{
    if (webRoot.isEmpty())
        return;
    const QString root = QDir(webRoot).absolutePath();
    if (QFileInfo::exists(root + "/index.html"_L1))
        m_root = root;
    else
        qCCritical(lcHttp).noquote() << "WEB_ROOT" << root
                                     << "has no index.html; serving the embedded web UI";
}

ApiResponse StaticFiles::serve(const ApiRequest &request) const
{
    if (request.method != "GET" && request.method != "HEAD") {
        return ApiResponse::failure({ErrorType::MethodNotAllowed,
                                     u"the web UI answers GET and HEAD only"_s,
                                     {{u"allowed"_s, QJsonArray {u"GET"_s, u"HEAD"_s}}}})
            .withHeader("Allow", "GET, HEAD");
    }
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.contains(".."_L1) || request.path.contains(u'\\') || request.path.contains(QChar(0)))
        return ApiResponse::failure(ServiceError::notFound(u"route"_s, request.path));

    QString file = m_root + u'/' + segments.join(u'/');
    if (segments.isEmpty() || !QFileInfo(file).isFile())
        file = m_root + "/index.html"_L1;
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly))
        return ApiResponse::failure(ServiceError::notFound(u"route"_s, request.path));
    const QByteArray mime
        = m_mimeTypes.mimeTypeForFile(file, QMimeDatabase::MatchExtension).name().toLatin1();
    const bool isText = mime.startsWith("text/") || mime.endsWith("javascript") || mime.endsWith("json")
        || mime.endsWith("svg+xml");
    ApiResponse response = ApiResponse::raw(200, isText ? mime + "; charset=utf-8" : mime, source.readAll());
    // Revalidated every time: the box's UI changes with its software, and the files are small.
    response.withHeader("Cache-Control", "no-cache");
    response.withHeader("X-Content-Type-Options", "nosniff");
    return response;
}
