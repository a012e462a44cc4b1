// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverroutes.h"

#include "entitytags.h"
#include "library/coverstore.h"
#include "router.h"
#include "system/logging.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

// A stored picture is small (a 512 px JPEG); a file larger than this is not one of ours.
constexpr qint64 maxCoverBytes = 4 * 1024 * 1024;

} // namespace

CoverRoutes::CoverRoutes(const CoverStore &store)
    : m_store(store)
{ }

void CoverRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/covers/{name}"_s, [this](const ApiRequest &request) {
        const QString name = request.param(u"name"_s);
        if (!CoverStore::isValidName(name))
            return ApiResponse::failure(
                ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cover")), name));
        QFile file(m_store.pathOf(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > maxCoverBytes) {
            if (file.exists())
                qCWarning(lcHttp).noquote() << "cover" << name << "cannot be served:" << file.errorString();
            return ApiResponse::failure(
                ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cover")), name));
        }
        const QByteArray etag = '"' + name.chopped(4).toLatin1() + '"';
        const bool unchanged = EntityTags::ifNoneMatchNames(request.header("if-none-match"), {etag});
        ApiResponse response = ApiResponse::raw(unchanged ? 304 : 200, "image/jpeg",
                                                unchanged ? QByteArray() : file.readAll());
        response.withHeader("ETag", etag);
        response.withHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.withHeader("X-Content-Type-Options", "nosniff");
        return response;
    });
}
