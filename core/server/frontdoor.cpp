// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontdoor.h"

#include "common/timeformat.h"
#include "system/logging.h"

#include <QMetaMethod>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qint64 maxHeadBytes = 32 * 1024;
constexpr int headTimeoutMs = 30000;

struct Head
{
    bool upgrade = false;
    qint64 contentLength = 0;
};

Head parseHead(const QByteArray &head)
{
    Head result;
    bool connectionUpgrade = false;
    bool upgradeWebSocket = false;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "connection")
            connectionUpgrade = value.toLower().contains("upgrade");
        else if (name == "upgrade")
            upgradeWebSocket = value.toLower() == "websocket";
        else if (name == "content-length")
            result.contentLength = value.toLongLong();
    }
    result.upgrade = connectionUpgrade && upgradeWebSocket;
    return result;
}

} // namespace

FrontDoor::FrontDoor(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{ }

// What the front door knows of one connection: whether it went to QHttpServer yet, and where the request
// stream stands (inside a head, or inside a body with so many bytes to come), so that every request head of a
// kept-alive connection is checked, not only the first.
struct FrontDoor::Connection
{
    bool handedOver = false;
    bool replaying = false; // the re-sent readyRead that hands buffered bytes to QHttpServer
    QByteArray head;
    qint64 bodyRemaining = 0;
};

void FrontDoor::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcHttp) << "cannot accept a connection:" << socket->errorString();
        delete socket;
        return;
    }
    auto connection = std::make_shared<Connection>();
    // Connected before QHttpServer's own slot, so it sees new bytes before they are buffered for a request.
    connect(socket, &QTcpSocket::readyRead, this,
            [this, socket, connection] { inspect(socket, *connection); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that never finishes its first head must not hold a socket forever.
    QTimer::singleShot(headTimeoutMs, socket, [connection, socket] {
        if (!connection->handedOver)
            socket->abort();
    });
}

void FrontDoor::inspect(QTcpSocket *socket, Connection &connection)
{
    if (connection.replaying)
        return;
    if (connection.handedOver) {
        // QHttpServer reads everything it is given, so what is available now is new.
        follow(socket, connection, socket->peek(socket->bytesAvailable()));
        return;
    }
    const QByteArray peeked = socket->peek(socket->bytesAvailable());
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0) {
        if (peeked.size() > maxHeadBytes)
            refuse(socket, 431, "bad_request", "request head too large", "{}");
        return;
    }
    const Head head = parseHead(peeked.left(end));
    if (head.upgrade) {
        connection.handedOver = true;
        disconnect(socket, nullptr, this, nullptr);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        Q_EMIT webSocketRequested(socket);
        return;
    }
    if (!follow(socket, connection, peeked))
        return;
    connection.handedOver = true;
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    addPendingConnection(socket);
    // QTcpServer announces pending connections only right after incomingConnection(), and this one was held
    // back until its head arrived: announce it now, so QHttpServer takes it at once (the signal is private to
    // QTcpServer, hence the meta-object).
    QMetaMethod::fromSignal(&QTcpServer::pendingConnectionAvailable).invoke(this, Qt::DirectConnection);
    // QHttpServer connected to readyRead just now, but the bytes are already buffered: tell it again, while
    // this watcher skips what it has already followed.
    connection.replaying = true;
    Q_EMIT socket->readyRead();
    connection.replaying = false;
}

bool FrontDoor::follow(QTcpSocket *socket, Connection &connection, QByteArray data)
{
    while (!data.isEmpty()) {
        if (connection.bodyRemaining > 0) {
            const qint64 taken = qMin<qint64>(connection.bodyRemaining, data.size());
            connection.bodyRemaining -= taken;
            data.remove(0, taken);
            continue;
        }
        connection.head += data;
        data.clear();
        const qsizetype end = connection.head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (connection.head.size() > maxHeadBytes) {
                refuse(socket, 431, "bad_request", "request head too large", "{}");
                return false;
            }
            return true;
        }
        const Head head = parseHead(connection.head.left(end));
        data = connection.head.mid(end + 4);
        connection.head.clear();
        if (head.contentLength > m_maxBodyBytes) {
            qCInfo(lcHttp) << "refused a body of" << head.contentLength << "bytes before reading it (limit"
                           << m_maxBodyBytes << ")";
            refuse(socket, 413, "payload_too_large", "request body too large",
                   "{\"max_bytes\":" + QByteArray::number(m_maxBodyBytes) + '}');
            return false;
        }
        connection.bodyRemaining = head.contentLength;
    }
    return true;
}

void FrontDoor::refuse(QTcpSocket *socket, int status, const QByteArray &errorType, const QByteArray &message,
                       const QByteArray &details)
{
    const QByteArray body = "{\"status\":\"error\",\"error_type\":\"" + errorType + "\",\"message\":\""
        + message + "\",\"timestamp\":" + QByteArray::number(TimeFormat::nowUnixSeconds(), 'f', 3)
        + ",\"details\":" + details + '}';
    const QByteArray reason = status == 413 ? "Payload Too Large" : "Request Header Fields Too Large";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Nobody reads this connection any more (QHttpServer neither, if it had it): whatever the client still
    // sends is discarded unbuffered, and the connection closes once the client has had time to read the
    // answer (closing while it still sends would reset the connection and lose the answer).
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    const auto discard = [socket] { socket->skip(socket->bytesAvailable()); };
    discard();
    connect(socket, &QTcpSocket::readyRead, socket, discard);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater, Qt::UniqueConnection);
    QTimer::singleShot(1000, socket, &QTcpSocket::disconnectFromHost);
    QTimer::singleShot(5000, socket, &QTcpSocket::abort);
}
