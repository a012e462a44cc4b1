// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketgateway.h"

#include "apirequest.h"
#include "closingreply.h"
#include "common/serviceerror.h"
#include "originpolicy.h"
#include "plainwssession.h"
#include "pollingtransport.h"
#include "requesthead.h"
#include "router.h"
#include "socketiosession.h"
#include "system/logging.h"

#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxHeadBytes = 32 * 1024;

std::optional<ServiceError> engineIoQueryError(const ApiRequest &request, const QString &transport)
{
    const QString eio = request.queryValue(u"EIO"_s);
    if (eio != "4"_L1)
        return ServiceError {
            ErrorType::BadRequest,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unsupported Engine.IO version")),
            {{u"eio"_s, eio}}};
    const QString requested = request.queryValue(u"transport"_s);
    if (requested != transport)
        return ServiceError {ErrorType::BadRequest,
                             QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unsupported transport")),
                             {{u"transport"_s, requested}}};
    return std::nullopt;
}

} // namespace

WebSocketGateway::WebSocketGateway(StateManager &state, Router &router, const OriginPolicy &origins,
                                   const SessionConfig &config, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_router(router)
    , m_origins(origins)
    , m_config(config)
    , m_server(u"openmusicbox"_s, QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &WebSocketGateway::acceptPending);
}

WebSocketGateway::~WebSocketGateway()
{
    // Sessions first: they unregister from StateManager and answer held polls while everything is alive.
    const QList<SocketIoSession *> socketIo = m_socketIo.values();
    m_socketIo.clear();
    qDeleteAll(socketIo);
    const QList<PlainWsSession *> plain = m_plain.values();
    m_plain.clear();
    qDeleteAll(plain);
}

void WebSocketGateway::registerRoutes()
{
    const RouteOptions raw {RouteBody::Raw};
    m_router.addAsync(
        "GET", u"/socket.io"_s,
        [this](const ApiRequest &request, ApiResponder respond) { poll(request, std::move(respond)); }, raw);
    m_router.add(
        "POST", u"/socket.io"_s, [this](const ApiRequest &request) { return post(request); }, raw);
    m_router.add("GET", u"/ws"_s, [](const ApiRequest &) {
        return ApiResponse::failure(
            {ErrorType::BadRequest,
             QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "/ws needs a WebSocket upgrade")),
             {{u"transport"_s, u"websocket"_s}}});
    });
}

void WebSocketGateway::handleUpgrade(QTcpSocket *socket)
{
    socket->setParent(this);
    QByteArray head = socket->peek(maxHeadBytes);
    head.truncate(qMax<qsizetype>(0, head.indexOf("\r\n\r\n")));
    ApiRequest request = RequestHead::parse(head);
    if (request.path.size() > 1 && request.path.endsWith(u'/'))
        request.path.chop(1);
    request.peerAddress = socket->peerAddress().toString();

    if (request.path == "/socket.io"_L1) {
        if (const std::optional<ServiceError> error = engineIoQueryError(request, u"websocket"_s))
            return refuse(socket, request, *error);
        const QString sid = request.queryValue(u"sid"_s);
        if (!sid.isEmpty()) {
            const SocketIoSession *session = m_socketIo.value(sid);
            if (!session || !session->isPolling())
                return refuse(socket, request,
                              {ErrorType::BadRequest,
                               QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unknown session")),
                               {{u"sid"_s, sid}}});
        }
    } else if (request.path != "/ws"_L1) {
        return refuse(socket, request,
                      ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "route")),
                                             request.path));
    }
    if (!m_origins.allowsOrigin(request.header("origin"), request.header("host"))) {
        return refuse(socket, request,
                      {ErrorType::Forbidden,
                       QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "origin not allowed")),
                       {{u"origin"_s, QString::fromUtf8(request.header("origin"))}}});
    }
    // Events are small and latency matters more than packet count (the ws package does the same).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_server.handleConnection(socket);
}

void WebSocketGateway::acceptPending()
{
    while (m_server.hasPendingConnections()) {
        QWebSocket *socket = m_server.nextPendingConnection();
        const QUrl url = socket->requestUrl();
        QString path = url.path();
        if (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        // A connection carries the cookies of its upgrade request: the parents' session among them.
        const QByteArray cookie = socket->request().rawHeader("Cookie");
        if (path != "/socket.io"_L1) {
            auto *session = new PlainWsSession(m_state, m_config, socket, this);
            session->setCookieHeader(cookie);
            adopt(session);
            continue;
        }
        const QString sid = QUrlQuery(url).queryItemValue(u"sid"_s);
        if (sid.isEmpty()) {
            auto *session = new SocketIoSession(m_state, m_config, socket, this);
            session->setCookieHeader(cookie);
            adopt(session);
        } else if (SocketIoSession *session = m_socketIo.value(sid); session && session->isPolling()) {
            session->attachProbe(socket);
        } else {
            // The polling session ended between the check of the request and the handshake.
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unknown session")));
            socket->deleteLater();
        }
    }
}

SocketIoSession *WebSocketGateway::pollingSession(const ApiRequest &request, ServiceError *error) const
{
    const QString sid = request.queryValue(u"sid"_s);
    SocketIoSession *session = m_socketIo.value(sid);
    if (!session || !session->isPolling() || session->isClosed()) {
        *error = {ErrorType::BadRequest,
                  QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unknown session")),
                  {{u"sid"_s, sid}}};
        return nullptr;
    }
    return session;
}

void WebSocketGateway::poll(const ApiRequest &request, ApiResponder respond)
{
    if (const std::optional<ServiceError> error = engineIoQueryError(request, u"polling"_s))
        return respond(ApiResponse::failure(*error));
    if (request.queryValue(u"sid"_s).isEmpty()) {
        auto *session = new SocketIoSession(m_state, m_config, this);
        session->setCookieHeader(request.header("cookie"));
        adopt(session);
        return respond(PollingTransport::textResponse(session->openPacket().toUtf8()));
    }
    ServiceError error;
    if (SocketIoSession *session = pollingSession(request, &error))
        return session->handlePoll(std::move(respond));
    respond(ApiResponse::failure(error));
}

ApiResponse WebSocketGateway::post(const ApiRequest &request)
{
    if (const std::optional<ServiceError> error = engineIoQueryError(request, u"polling"_s))
        return ApiResponse::failure(*error);
    ServiceError error;
    if (SocketIoSession *session = pollingSession(request, &error))
        return session->handlePost(request.body);
    return ApiResponse::failure(error);
}

void WebSocketGateway::refuse(QTcpSocket *socket, const ApiRequest &request, const ServiceError &error)
{
    qCInfo(lcWs).noquote() << "refused an upgrade to" << request.path << "-" << error.message;
    socket->write(ClosingReply::toWire(m_router.finish(request, ApiResponse::failure(error), {})));
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    QTimer::singleShot(5000, socket, &QTcpSocket::abort);
}

void WebSocketGateway::adopt(SocketIoSession *session)
{
    m_socketIo.insert(session->engineSid(), session);
    connect(session, &SocketIoSession::closed, this, [this](SocketIoSession *closed) {
        m_socketIo.remove(closed->engineSid());
        closed->deleteLater();
    });
}

void WebSocketGateway::adopt(PlainWsSession *session)
{
    if (session->isClosed()) {
        session->deleteLater();
        return;
    }
    m_plain.insert(session);
    connect(session, &PlainWsSession::closed, this, [this](PlainWsSession *closed) {
        m_plain.remove(closed);
        closed->deleteLater();
    });
}

void WebSocketGateway::closeAll()
{
    const QList<SocketIoSession *> socketIo = m_socketIo.values();
    for (SocketIoSession *session : socketIo)
        session->close(u"server shutting down"_s, false, QWebSocketProtocol::CloseCodeGoingAway);
    const QList<PlainWsSession *> plain = m_plain.values();
    for (PlainWsSession *session : plain)
        session->close(u"server shutting down"_s, false, QWebSocketProtocol::CloseCodeGoingAway);
}
