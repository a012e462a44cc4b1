// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontdoor.h"

#include "common/timeformat.h"
#include "system/logging.h"

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

void FrontDoor::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcHttp) << "cannot accept a connection:" << socket->errorString();
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that never finishes its first head must not hold a socket forever.
    QTimer::singleShot(headTimeoutMs, socket, [this, socket] {
        if (socket->parent() == this && socket->property("omb_handed").isNull())
            socket->abort();
    });
}

void FrontDoor::inspect(QTcpSocket *socket)
{
    const QByteArray peeked = socket->peek(maxHeadBytes + 1);
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0) {
        if (peeked.size() > maxHeadBytes)
            refuse(socket, 431, "bad_request", "request head too large", "{}");
        return;
    }
    const Head head = parseHead(peeked.left(end));
    disconnect(socket, nullptr, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setProperty("omb_handed", true);

    if (head.upgrade) {
        Q_EMIT webSocketRequested(socket);
        return;
    }
    if (head.contentLength > m_maxBodyBytes) {
        qCInfo(lcHttp) << "refused a body of" << head.contentLength << "bytes before reading it (limit"
                       << m_maxBodyBytes << ")";
        refuse(socket, 413, "payload_too_large", "request body too large",
               "{\"max_bytes\":" + QByteArray::number(m_maxBodyBytes) + '}');
        return;
    }
    addPendingConnection(socket);
    // QHttpServer connected to readyRead just now; the head is already buffered, so tell it again.
    QMetaObject::invokeMethod(
        socket, [socket] { Q_EMIT socket->readyRead(); }, Qt::QueuedConnection);
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
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // Whatever the client still sends is discarded unread.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    QTimer::singleShot(5000, socket, &QTcpSocket::abort);
}
