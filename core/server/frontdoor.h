// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionlimiter.h"
#include "doorlimits.h"

#include <QElapsedTimer>
#include <QTcpServer>

class OriginPolicy;
class QTcpSocket;

// The listening socket in front of QHttpServer (ARCHITECTURE.md "The front door"). It turns away connections
// over the limits (503), reads the first request head of each connection without consuming it (408 when it
// does not come in time), then either hands the socket on as a WebSocket upgrade, answers 413 itself for a
// declared body over the limit (before a byte of it is buffered), 403 for a Host that does not name the box
// (before any route runs), or passes it to QHttpServer.
class FrontDoor : public QTcpServer
{
    Q_OBJECT
public:
    FrontDoor(const OriginPolicy &origins, const DoorLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_connections.openCount(); }

Q_SIGNALS:
    // The socket still holds the unread upgrade request; the receiver owns it from now on.
    void webSocketRequested(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection;
    void inspect(QTcpSocket *socket, Connection &connection);
    // Follows the request stream; refuses (and returns false) at a head that names another host or declares
    // too large a body.
    bool follow(QTcpSocket *socket, Connection &connection, QByteArray data);
    bool admitsHost(QTcpSocket *socket, const QByteArray &host);
    bool admitsConnection(QTcpSocket *socket);
    // Answers with an error envelope and closes: after the client had time to read it (linger), or at once
    // for a client that is already too much.
    enum class Close { Linger, Now };
    void refuse(QTcpSocket *socket, int status, const QByteArray &errorType, const QByteArray &message,
                const QByteArray &details, Close close = Close::Linger);

    const OriginPolicy &m_origins;
    DoorLimits m_limits;
    ConnectionLimiter m_connections;
    QElapsedTimer m_lastTurnedAwayLog;
    int m_turnedAwaySinceLog = 0;
};
