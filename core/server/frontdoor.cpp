// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontdoor.h"

#include "closingreply.h"
#include "common/timeformat.h"
#include "originpolicy.h"
#include "requesthead.h"
#include "system/logging.h"

#include <QMetaMethod>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qint64 maxHeadBytes = 32 * 1024;
constexpr int turnedAwayLogIntervalMs = 10000;
// Connections the kernel holds for the box until it accepts them. With Qt's 50, a reconnect storm of 500
// clients overflowed the queue; a client whose connection was dropped tries again only after 1, 3, 7 or 15 s
// (bench_storm saw joins at 7.8 and 14.5 s). The kernel caps it at net.core.somaxconn (4096 on Debian 12).
constexpr int listenBacklog = 1024;

} // namespace

FrontDoor::FrontDoor(const OriginPolicy &origins, const DoorLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_origins(origins)
    , m_limits(limits)
    , m_connections(limits.connections)
{
    setListenBacklogSize(listenBacklog);
}

// What the front door knows of one connection: whether it went to QHttpServer yet, and where the request
// stream stands (inside a head, or inside a body with so many bytes to come), so that every request head of a
// kept-alive connection is checked, not only the first.
struct FrontDoor::Connection
{
    bool handedOver = false;
    bool refused = false; // answered with an error and closing
    bool replaying = false; // the re-sent readyRead that hands buffered bytes to QHttpServer
    QMetaObject::Connection watcher; // inspect() on readyRead
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
    if (!admitsConnection(socket))
        return;
    auto connection = std::make_shared<Connection>();
    // Connected before QHttpServer's own slot, so it sees new bytes before they are buffered for a request.
    connection->watcher = connect(socket, &QTcpSocket::readyRead, this,
                                  [this, socket, connection] { inspect(socket, *connection); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that never finishes its first head (slowloris, an upgrade that never comes) must not hold a
    // socket for long.
    QTimer::singleShot(m_limits.headerTimeoutMs, socket, [this, connection, socket] {
        if (connection->handedOver || connection->refused)
            return;
        qCInfo(lcHttp).noquote() << "closed a connection from" << socket->peerAddress().toString()
                                 << "that sent no request head in" << m_limits.headerTimeoutMs << "ms";
        refuse(socket, 408, "bad_request", "request head not received in time",
               "{\"timeout_ms\":" + QByteArray::number(m_limits.headerTimeoutMs) + '}', Close::Now);
    });
}

bool FrontDoor::admitsConnection(QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    const ConnectionLimiter::Verdict verdict = m_connections.admit(peer);
    if (verdict == ConnectionLimiter::Verdict::Admitted) {
        // Counted until the connection ends, whoever owns the socket by then (QHttpServer, a WebSocket
        // session): at its disconnection, or at its deletion if it goes while still connected.
        auto released = std::make_shared<bool>(false);
        const auto release = [this, peer, released] {
            if (!std::exchange(*released, true))
                m_connections.release(peer);
        };
        connect(socket, &QTcpSocket::disconnected, this, release);
        connect(socket, &QObject::destroyed, this, release);
        return true;
    }
    const bool perAddress = verdict == ConnectionLimiter::Verdict::AddressFull;
    const int limit = perAddress ? m_limits.connections.perAddress : m_limits.connections.total;
    // A flood must not flood the log too: one line per interval, with the count.
    ++m_turnedAwaySinceLog;
    if (!m_lastTurnedAwayLog.isValid() || m_lastTurnedAwayLog.hasExpired(turnedAwayLogIntervalMs)) {
        qCWarning(lcHttp).noquote() << "turned away" << m_turnedAwaySinceLog << "connection(s), the last from"
                                    << peer.toString() << (perAddress ? "(per-address limit" : "(total limit")
                                    << limit << "reached)";
        m_lastTurnedAwayLog.start();
        m_turnedAwaySinceLog = 0;
    }
    refuse(socket, 503, "service_unavailable", "too many connections",
           "{\"service\":\"connections\",\"limit\":" + QByteArray::number(limit) + ",\"scope\":\""
               + (perAddress ? "address" : "total") + "\"}",
           Close::Now);
    return false;
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
    if (end < 0 || end > maxHeadBytes) {
        if (end > maxHeadBytes || peeked.size() > maxHeadBytes) {
            connection.refused = true;
            refuse(socket, 431, "bad_request", "request head too large", "{}");
        }
        return;
    }
    const ApiRequest head = RequestHead::parse(QByteArrayView(peeked).first(end));
    if (RequestHead::isWebSocketUpgrade(head)) {
        if (!admitsHost(socket, head.header("host"))) {
            connection.refused = true;
            return;
        }
        connection.handedOver = true;
        disconnect(connection.watcher);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        Q_EMIT webSocketRequested(socket);
        return;
    }
    if (!follow(socket, connection, peeked)) {
        connection.refused = true;
        return;
    }
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
        if (end < 0 || end > maxHeadBytes) {
            if (end > maxHeadBytes || connection.head.size() > maxHeadBytes) {
                refuse(socket, 431, "bad_request", "request head too large", "{}");
                return false;
            }
            return true;
        }
        const ApiRequest head = RequestHead::parse(QByteArrayView(connection.head).first(end));
        data = connection.head.mid(end + 4);
        connection.head.clear();
        if (!admitsHost(socket, head.header("host")))
            return false;
        const qint64 contentLength = RequestHead::contentLength(head);
        if (contentLength > m_limits.maxBodyBytes) {
            qCInfo(lcHttp) << "refused a body of" << contentLength << "bytes before reading it (limit"
                           << m_limits.maxBodyBytes << ")";
            refuse(socket, 413, "payload_too_large", "request body too large",
                   "{\"max_bytes\":" + QByteArray::number(m_limits.maxBodyBytes) + '}');
            return false;
        }
        connection.bodyRemaining = contentLength;
    }
    return true;
}

bool FrontDoor::admitsHost(QTcpSocket *socket, const QByteArray &host)
{
    if (m_origins.isBoxHost(host, socket->localAddress()))
        return true;
    // A page that rebinds its own name to the box's address reaches it under that name: nothing answers it.
    qCInfo(lcHttp).noquote() << "refused a request for host" << QString::fromUtf8(host).left(100) << "from"
                             << socket->peerAddress().toString();
    refuse(socket, 403, "forbidden", "the Host header does not name this box", "{}");
    return false;
}

void FrontDoor::refuse(QTcpSocket *socket, int status, const QByteArray &errorType, const QByteArray &message,
                       const QByteArray &details, Close close)
{
    const QByteArray body = "{\"status\":\"error\",\"error_type\":\"" + errorType + "\",\"message\":\""
        + message + "\",\"timestamp\":" + QByteArray::number(TimeFormat::nowUnixSeconds(), 'f', 3)
        + ",\"details\":" + details + '}';
    socket->write(
        ClosingReply::toWire({status, {{"Content-Type", "application/json; charset=utf-8"}}, body}));
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
    if (close == Close::Now)
        socket->disconnectFromHost();
    else
        QTimer::singleShot(1000, socket, &QTcpSocket::disconnectFromHost);
    QTimer::singleShot(close == Close::Now ? 2000 : 5000, socket, &QTcpSocket::abort);
}
