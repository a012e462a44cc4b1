// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticfiles.h"

#include "apirequest.h"
#include "entitytags.h"
#include "gzip.h"
#include "system/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Below this the gzip header and the extra Vary round trip outweigh the saving.
constexpr qsizetype minimumCompressedSize = 512;

bool isText(const QByteArray &mime)
{
    return mime.startsWith("text/") || mime.endsWith("javascript") || mime.endsWith("json")
        || mime.endsWith("svg+xml");
}

// True when the client takes gzip: listed (or "*") with a q-value that is not zero.
bool acceptsGzip(const QByteArray &acceptEncoding)
{
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "*")
            continue;
        for (const QByteArray &parameter : parts.mid(1)) {
            const QByteArray trimmed = parameter.trimmed();
            if (trimmed.startsWith("q=") && trimmed.mid(2).toDouble() == 0.0)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace

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

const StaticFiles::Asset *StaticFiles::load(const QString &file)
{
    const QFileInfo info(file);
    const auto known = m_assets.constFind(file);
    if (known != m_assets.cend() && known->modified == info.lastModified() && known->size == info.size())
        return &*known;
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        qCWarning(lcHttp).noquote() << "web file" << file << "cannot be read:" << source.errorString();
        return nullptr;
    }
    Asset asset;
    asset.modified = info.lastModified();
    asset.size = info.size();
    asset.body = source.readAll();
    const QByteArray mime
        = m_mimeTypes.mimeTypeForFile(file, QMimeDatabase::MatchExtension).name().toLatin1();
    asset.contentType = isText(mime) ? mime + "; charset=utf-8" : mime;
    const QByteArray digest = QCryptographicHash::hash(asset.body, QCryptographicHash::Sha256).toHex();
    asset.etag = '"' + digest.left(24) + '"';
    if (isText(mime) && asset.body.size() >= minimumCompressedSize) {
        const std::optional<QByteArray> packed = gzipCompress(asset.body);
        if (packed && packed->size() < asset.body.size())
            asset.gzipBody = *packed;
    }
    return &*m_assets.insert(file, std::move(asset));
}

ApiResponse StaticFiles::serve(const ApiRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        return ApiResponse::failure({ErrorType::MethodNotAllowed,
                                     QString::fromUtf8(QT_TRANSLATE_NOOP(
                                         "ServiceError", "the web UI answers GET and HEAD only")),
                                     {{u"allowed"_s, QJsonArray {u"GET"_s, u"HEAD"_s}}}})
            .withHeader("Allow", "GET, HEAD");
    }
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.contains(".."_L1) || request.path.contains(u'\\') || request.path.contains(QChar(0)))
        return ApiResponse::failure(ServiceError::notFound(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "route")), request.path));

    QString file = m_root + u'/' + segments.join(u'/');
    if (segments.isEmpty() || !QFileInfo(file).isFile())
        file = m_root + "/index.html"_L1;
    const Asset *asset = load(file);
    if (!asset)
        return ApiResponse::failure(ServiceError::notFound(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "route")), request.path));

    const QByteArray gzipTag = asset->etag.chopped(1) + "-gz\"";
    const bool gzip = !asset->gzipBody.isEmpty() && acceptsGzip(request.header("accept-encoding"));
    const bool unchanged
        = EntityTags::ifNoneMatchNames(request.header("if-none-match"), {asset->etag, gzipTag});
    // A 304 has no body; its headers are the ones the 200 would have had.
    ApiResponse response = ApiResponse::raw(unchanged ? 304 : 200, asset->contentType,
                                            unchanged  ? QByteArray()
                                                : gzip ? asset->gzipBody
                                                       : asset->body);
    response.withHeader("ETag", gzip ? gzipTag : asset->etag);
    // A URL with ?v= names one version of the file and may be kept; any other is revalidated every time
    // (cheap with the ETag) because the box's UI changes with its software.
    response.withHeader("Cache-Control",
                        request.query.hasQueryItem(u"v"_s) ? "public, max-age=31536000, immutable"
                                                           : "no-cache");
    if (!asset->gzipBody.isEmpty())
        response.withHeader("Vary", "Accept-Encoding");
    if (gzip && !unchanged)
        response.withHeader("Content-Encoding", "gzip");
    response.withHeader("X-Content-Type-Options", "nosniff");
    return response;
}
