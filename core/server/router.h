// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class OperationTracker;
class OriginPolicy;

// How a route wants its body: parsed as a JSON object (the default), or untouched (multipart chunk uploads).
enum class RouteBody { Json, Raw };
struct RouteOptions
{
    RouteBody body = RouteBody::Json;
};

// Maps requests to route handlers and owns every rule that is the same for all routes (PROTOCOL.md §2):
// trailing slash, literal-beats-id matching, 404/405, JSON body parsing, client_op_id replay, Origin and
// CORS, the success and error envelopes with timestamp and server_seq. Route classes register handlers here;
// only HttpApi knows QHttpServer.
class Router
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    using AsyncHandler = std::function<void(const ApiRequest &, ApiResponder)>;
    using ReplyCallback = std::function<void(HttpReply)>;
    // Asked for every matched route before its body is read, with the pattern it was registered under;
    // an error is the answer instead of the route's.
    using Gate = std::function<std::optional<ServiceError>(const ApiRequest &, const QString &pattern)>;

    Router(OperationTracker &operations, std::function<qint64()> currentSeq, const OriginPolicy &origins);

    void add(const QByteArray &method, const QString &pattern, Handler handler, RouteOptions options = {});
    void addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler,
                  RouteOptions options = {});
    // Everything outside /api/ that no route matched (the web UI).
    void setFallback(AsyncHandler handler);
    // Told of every /api/ request a client of this box makes (the idle shutdown counts them as activity).
    void setApiRequestObserver(std::function<void()> observer) { m_apiRequestObserver = std::move(observer); }
    void setGate(Gate gate) { m_gate = std::move(gate); }
    // From now on every request that would change something answers 503 (the box is about to restart on a
    // restored backup: a change made now would be acknowledged and then lost with the library it went into).
    void refuseChangesUntilRestart() { m_restarting = true; }

    void dispatch(ApiRequest request, ReplyCallback reply);

    // The envelope for a response, as it goes on the wire (also used for socket err:op parity in tests).
    HttpReply finish(const ApiRequest &request, const ApiResponse &response, const QString &clientOpId) const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        AsyncHandler handler;
        RouteOptions options;
    };

    const Route *match(const ApiRequest &request, QHash<QString, QString> *params,
                       QStringList *allowed) const;
    void addCorsHeaders(const ApiRequest &request, HeaderList &headers) const;

    OperationTracker &m_operations;
    std::function<qint64()> m_currentSeq;
    const OriginPolicy &m_origins;
    std::vector<Route> m_routes;
    AsyncHandler m_fallback;
    std::function<void()> m_apiRequestObserver;
    Gate m_gate;
    bool m_restarting = false;
};
