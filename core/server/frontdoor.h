// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

class QTcpSocket;

// The listening socket in front of QHttpServer (ARCHITECTURE.md "The front door"). It reads the first request
// head of each connection without consuming it, then either hands the socket on as a WebSocket upgrade,
// answers 413 itself for a declared body over the limit (before a byte of it is buffered), or passes it to
// QHttpServer.
class FrontDoor : public QTcpServer
{
    Q_OBJECT
public:
    explicit FrontDoor(qint64 maxBodyBytes, QObject *parent = nullptr);

Q_SIGNALS:
    // The socket still holds the unread upgrade request; the receiver owns it from now on.
    void webSocketRequested(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection;
    void inspect(QTcpSocket *socket, Connection &connection);
    // Follows the request stream; refuses (and returns false) at a head that declares too large a body.
    bool follow(QTcpSocket *socket, Connection &connection, QByteArray data);
    void refuse(QTcpSocket *socket, int status, const QByteArray &errorType, const QByteArray &message,
                const QByteArray &details);

    qint64 m_maxBodyBytes;
};
