// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "common/compactjson.h"
#include "common/errortranslation.h"
#include "common/ids.h"
#include "common/timeformat.h"
#include "originpolicy.h"
#include "realtime/operationtracker.h"
#include "system/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 jsonBodyLimit = 1024 * 1024;

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isParam(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool hasBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "DELETE" || method == "PATCH";
}

} // namespace

Router::Router(OperationTracker &operations, std::function<qint64()> currentSeq, const OriginPolicy &origins)
    : m_operations(operations)
    , m_currentSeq(std::move(currentSeq))
    , m_origins(origins)
{ }

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, RouteOptions options)
{
    addAsync(
        method, pattern,
        [handler = std::move(handler)](const ApiRequest &request, ApiResponder respond) {
            respond(handler(request));
        },
        options);
}

void Router::addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler,
                      RouteOptions options)
{
    m_routes.push_back({method, pattern, splitPath(pattern), std::move(handler), options});
}

void Router::setFallback(AsyncHandler handler)
{
    m_fallback = std::move(handler);
}

const Router::Route *Router::match(const ApiRequest &request, QHash<QString, QString> *params,
                                   QStringList *allowed) const
{
    const QStringList segments = splitPath(request.path);
    // Shape: '1' for a literal segment, '0' for a parameter; the greatest shape wins, so literals beat ids.
    QString bestShape;
    std::vector<const Route *> candidates;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QString shape;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (isParam(route.segments[i]))
                shape += u'0';
            else if (route.segments[i] == segments[i])
                shape += u'1';
            else
                matches = false;
        }
        if (!matches || (!candidates.empty() && shape < bestShape))
            continue;
        if (candidates.empty() || shape > bestShape)
            candidates.clear();
        bestShape = shape;
        candidates.push_back(&route);
    }
    const Route *chosen = nullptr;
    for (const Route *route : candidates) {
        allowed->append(QString::fromLatin1(route->method));
        if (route->method == request.method)
            chosen = route;
    }
    if (!chosen)
        return nullptr;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (isParam(chosen->segments[i]))
            params->insert(chosen->segments[i].mid(1, chosen->segments[i].size() - 2), segments[i]);
    }
    return chosen;
}

void Router::dispatch(ApiRequest request, ReplyCallback reply)
{
    if (request.path.size() > 1 && request.path.endsWith(u'/'))
        request.path.chop(1);
    const bool isApi = request.path == "/api"_L1 || request.path.startsWith("/api/"_L1);

    // Another web page must not drive the box: its requests are refused before any route runs, preflights
    // included (a simple POST needs no preflight, so the CORS headers alone would not stop it).
    if (!m_origins.allowsOrigin(request.header("origin"), request.header("host"))) {
        reply(finish(
            request,
            ApiResponse::failure({ErrorType::Forbidden,
                                  QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "origin not allowed")),
                                  {{u"origin"_s, QString::fromUtf8(request.header("origin"))}}}),
            {}));
        return;
    }

    if (isApi && m_apiRequestObserver)
        m_apiRequestObserver();

    if (isApi && request.method == "OPTIONS") {
        HttpReply preflight {204, {}, {}};
        addCorsHeaders(request, preflight.headers);
        preflight.headers.emplaceBack("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
        const QByteArray requested = request.header("access-control-request-headers");
        if (!requested.isEmpty())
            preflight.headers.emplaceBack("Access-Control-Allow-Headers", requested);
        preflight.headers.emplaceBack("Access-Control-Max-Age", "600");
        reply(preflight);
        return;
    }

    if (isApi && m_restarting && hasBody(request.method)) {
        qCInfo(lcHttp).noquote() << request.method << request.path << "refused: the box is restarting";
        reply(finish(request,
                     ApiResponse::failure(
                         {ErrorType::ServiceUnavailable,
                          QString::fromUtf8(QT_TRANSLATE_NOOP(
                              "ServiceError", "the box is restarting to put a restored backup in place")),
                          {{u"reason"_s, u"restarting"_s}}})
                         .withHeader("Retry-After", "5"),
                     {}));
        return;
    }

    QHash<QString, QString> params;
    QStringList allowed;
    const Route *route = match(request, &params, &allowed);
    if (!route) {
        if (!allowed.isEmpty()) {
            ApiResponse response = ApiResponse::failure(
                {ErrorType::MethodNotAllowed,
                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "method %1 is not allowed here"))
                     .arg(QString::fromLatin1(request.method)),
                 {{u"allowed"_s, QJsonArray::fromStringList(allowed)}}});
            response.withHeader("Allow", allowed.join(u", "_s).toLatin1());
            reply(finish(request, response, {}));
        } else if (!isApi && m_fallback) {
            auto shared = std::make_shared<ApiRequest>(std::move(request));
            m_fallback(*shared,
                       [this, shared, reply](ApiResponse response) { reply(finish(*shared, response, {})); });
        } else {
            reply(finish(request,
                         ApiResponse::failure(ServiceError::notFound(
                             QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "route")), request.path)),
                         {}));
        }
        return;
    }
    request.params = params;
    if (m_gate) {
        if (const std::optional<ServiceError> refused = m_gate(request, route->pattern)) {
            reply(finish(request, ApiResponse::failure(*refused), {}));
            return;
        }
    }

    QString clientOpId;
    if (route->options.body == RouteBody::Json && hasBody(request.method)) {
        if (request.body.size() > jsonBodyLimit) {
            reply(finish(request,
                         ApiResponse::failure(
                             {ErrorType::PayloadTooLarge,
                              QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "request body too large")),
                              {{u"max_bytes"_s, jsonBodyLimit}}}),
                         {}));
            return;
        }
        if (!request.body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                const QString why = parseError.error != QJsonParseError::NoError
                    ? QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "malformed JSON: %1"))
                          .arg(parseError.errorString())
                    : QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the body must be a JSON object"));
                reply(finish(request, ApiResponse::failure({ErrorType::BadRequest, why, {}}), {}));
                return;
            }
            request.json = document.object();
        }
        const QJsonValue opId = request.json.value(u"client_op_id"_s);
        if (!opId.isUndefined() && !opId.isNull()) {
            if (!opId.isString() || !Ids::isValidClientOpId(opId.toString())) {
                reply(finish(request,
                             ApiResponse::failure(ServiceError::validation(
                                 u"client_op_id"_s,
                                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                                     "ServiceError",
                                     "client_op_id must be 1 to 100 characters of A-Z, a-z, 0-9, _ and -")))),
                             {}));
                return;
            }
            clientOpId = opId.toString();
        }
    }

    const QString fingerprint = QString::fromLatin1(request.method) + u' ' + request.path;
    if (!clientOpId.isEmpty()) {
        OperationTracker::Stored stored;
        switch (m_operations.lookup(clientOpId, fingerprint, &stored)) {
        case OperationTracker::Lookup::Replay: {
            HttpReply replayed {stored.status, stored.headers, stored.body};
            replayed.headers.emplaceBack("X-Idempotent-Replay", "true");
            reply(replayed);
            return;
        }
        case OperationTracker::Lookup::Conflict:
            reply(finish(request,
                         ApiResponse::failure(ServiceError::conflict(
                             QString::fromUtf8(QT_TRANSLATE_NOOP(
                                 "ServiceError", "client_op_id was already used for another operation")),
                             {{u"client_op_id"_s, clientOpId}})),
                         clientOpId));
            return;
        case OperationTracker::Lookup::Unknown:
            break;
        }
    }

    auto shared = std::make_shared<ApiRequest>(std::move(request));
    route->handler(*shared, [this, shared, reply, clientOpId, fingerprint](ApiResponse response) {
        HttpReply wire = finish(*shared, response, clientOpId);
        if (!clientOpId.isEmpty())
            m_operations.remember(clientOpId, {fingerprint, wire.status, wire.body, wire.headers});
        reply(std::move(wire));
    });
}

HttpReply Router::finish(const ApiRequest &request, const ApiResponse &response,
                         const QString &clientOpId) const
{
    HttpReply wire;
    wire.status = response.status();
    switch (response.kind()) {
    case ApiResponse::Kind::Raw:
        wire.body = response.rawBody();
        wire.headers.emplaceBack("Content-Type", response.contentType());
        break;
    case ApiResponse::Kind::Stream:
        wire.stream = response.bodyStream();
        wire.streamSize = response.streamSize();
        wire.headers.emplaceBack("Content-Type", response.contentType());
        break;
    case ApiResponse::Kind::NoContent:
        break;
    case ApiResponse::Kind::Envelope: {
        QJsonObject envelope;
        if (response.isError()) {
            const ServiceError &error = response.error();
            envelope.insert(u"status"_s, u"error"_s);
            envelope.insert(u"error_type"_s, errorTypeName(error.type));
            // The person reading the envelope gets the box's language; the log line below keeps the English.
            envelope.insert(u"message"_s, ErrorTranslation::message(error.message));
            if (!error.details.isEmpty())
                envelope.insert(u"details"_s, ErrorTranslation::details(error.details));
            qCInfo(lcHttp).noquote() << request.method << request.path << "->" << wire.status
                                     << errorTypeName(error.type) << error.message;
        } else {
            envelope.insert(u"status"_s, u"success"_s);
            envelope.insert(u"message"_s, response.message());
            if (!response.data().isUndefined())
                envelope.insert(u"data"_s, response.data());
            envelope.insert(u"server_seq"_s, m_currentSeq());
        }
        envelope.insert(u"timestamp"_s, TimeFormat::nowUnixSeconds());
        if (!clientOpId.isEmpty())
            envelope.insert(u"client_op_id"_s, clientOpId);
        wire.body = response.dataJson()
            ? CompactJson(envelope).insertObject(u"data"_s, *response.dataJson()).toJson()
            : QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        wire.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
        break;
    }
    }
    if (response.kind() != ApiResponse::Kind::Raw) {
        wire.headers.emplaceBack("Cache-Control", "no-cache, no-store, must-revalidate");
        wire.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    }
    wire.headers.append(response.headers());
    addCorsHeaders(request, wire.headers);
    return wire;
}

void Router::addCorsHeaders(const ApiRequest &request, HeaderList &headers) const
{
    headers.append(m_origins.corsHeaders(request.header("origin"), request.header("host")));
}
