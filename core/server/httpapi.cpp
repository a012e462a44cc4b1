// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi.h"

#include "apirequest.h"
#include "bodypump.h"
#include "frontdoor.h"
#include "router.h"
#include "system/logging.h"

#include <QHttpServer>
#include <QPointer>
#include <QTcpSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    // Decoded by hand: QUrl would resolve "%2e%2e" segments before the router could refuse them.
    api.path = QUrl::fromPercentEncoding(request.url().path(QUrl::FullyEncoded).toUtf8());
    api.query = request.query();
    for (const auto &[name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    api.body = request.body();
    api.peerAddress = request.remoteAddress().toString();
    return api;
}

constexpr qsizetype sharedBodyMinimum = 64 * 1024;

void write(const std::shared_ptr<QHttpServerResponder> &shared, const HttpReply &reply, bool headOnly)
{
    QHttpServerResponder &responder = *shared;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    if (reply.stream) {
        responder.writeHeader("Content-Length", QByteArray::number(reply.streamSize));
        responder.writeBody(QByteArray());
        if (!headOnly)
            BodyPump::start(responder.socket(), reply.stream,
                            [shared](const QByteArray &bytes) { shared->writeBody(bytes); });
        return;
    }
    // Neither has a body, and a 304 must not announce a length other than the one of the full answer.
    if (reply.status == 204 || reply.status == 304)
        return responder.writeBody(QByteArray());
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    // A large body (a page of playlists is most of a megabyte) is handed to the socket shared, where
    // writeBody would copy it. It then leaves in a write of its own, after the head: for a small body that
    // second small segment waits on the client's acknowledgement (Nagle), which cost the next request 1.7 ms
    // on average, more than the copy it saves.
    if (headOnly || reply.body.size() < sharedBodyMinimum)
        return responder.writeBody(headOnly ? QByteArray() : reply.body);
    responder.writeBody(QByteArray());
    responder.socket()->write(reply.body);
}

} // namespace

HttpApi::HttpApi(Router &router, const OriginPolicy &origins, const DoorLimits &limits, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_http(std::make_unique<QHttpServer>())
    , m_door(new FrontDoor(origins, limits))
{
    connect(m_door, &FrontDoor::webSocketRequested, this, &HttpApi::webSocketRequested);
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = shared->socket();
        const bool headOnly = request.method() == QHttpServerRequest::Method::Head;
        m_router.dispatch(toApiRequest(request), [shared, socket, headOnly](HttpReply reply) {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return; // the client went away while we worked
            write(shared, reply, headOnly);
        });
    });
}

HttpApi::~HttpApi()
{
    if (m_door && !m_door->parent())
        delete m_door;
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    if (!m_door->listen(address, port)) {
        m_error = m_door->errorString();
        return 0;
    }
    m_http->bind(m_door);
    qCInfo(lcHttp).noquote() << "listening on" << address.toString() << "port" << m_door->serverPort();
    return m_door->serverPort();
}

quint16 HttpApi::port() const
{
    return m_door->serverPort();
}

QString HttpApi::errorString() const
{
    return m_error;
}

int HttpApi::openConnections() const
{
    return m_door->openConnections();
}
