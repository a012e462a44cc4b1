// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"
#include "sessionconfig.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QWebSocketServer>

class OriginPolicy;
class PlainWsSession;
class QTcpSocket;
class Router;
class SocketIoSession;
class StateManager;
struct ApiRequest;
struct ServiceError;

// The real-time door on the HTTP port (PROTOCOL.md §1.2, §1.3). Upgrade requests arrive from HttpApi as
// sockets that still hold their request head: it checks the path and the Engine.IO query, answers a bad one
// with a 400 envelope itself, and hands good ones to its own QWebSocketServer. Long-polling arrives as
// ordinary requests on Router routes (GET/POST /socket.io/). Each connection becomes a SocketIoSession or a
// PlainWsSession, which registers with StateManager.
class WebSocketGateway : public QObject
{
    Q_OBJECT
public:
    WebSocketGateway(StateManager &state, Router &router, const OriginPolicy &origins,
                     const SessionConfig &config, QObject *parent = nullptr);
    ~WebSocketGateway() override;

    // GET/POST /socket.io/ (long-polling) and GET /ws without an upgrade (400).
    void registerRoutes();
    // For HttpApi::webSocketRequested: takes ownership of the socket.
    void handleUpgrade(QTcpSocket *socket);

    int sessionCount() const { return int(m_socketIo.size() + m_plain.size()); }
    // Closes every connection (shutdown, restart).
    void closeAll();

private:
    void acceptPending();
    void poll(const ApiRequest &request, ApiResponder respond);
    ApiResponse post(const ApiRequest &request);
    SocketIoSession *pollingSession(const ApiRequest &request, ServiceError *error) const;
    void refuse(QTcpSocket *socket, const ApiRequest &request, const ServiceError &error);
    void adopt(SocketIoSession *session);
    void adopt(PlainWsSession *session);

    StateManager &m_state;
    Router &m_router;
    const OriginPolicy &m_origins;
    SessionConfig m_config;
    QWebSocketServer m_server;
    QHash<QString, SocketIoSession *> m_socketIo; // by Engine.IO sid
    QSet<PlainWsSession *> m_plain;
};
