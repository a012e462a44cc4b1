// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackradio.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int paceMs = 50;
constexpr qint64 headStartMs = 1000;
} // namespace

LoopbackRadio::LoopbackRadio(QByteArray frames, int durationMs, QObject *parent)
    : QObject(parent)
    , m_frames(std::move(frames))
    , m_bytesPerSecond(durationMs > 0 ? m_frames.size() * 1000 / durationMs : 0)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRadio::onConnection);
    m_pace.setInterval(paceMs);
    connect(&m_pace, &QTimer::timeout, this, &LoopbackRadio::feedAll);
}

bool LoopbackRadio::listen()
{
    if (m_frames.isEmpty() || m_bytesPerSecond <= 0)
        return false;
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QString LoopbackRadio::url() const
{
    return u"http://127.0.0.1:%1/live.mp3"_s.arg(m_port);
}

void LoopbackRadio::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_listeners.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_offsets.remove(socket); });
    }
}

void LoopbackRadio::onReadable(QTcpSocket *socket)
{
    if (m_offsets.contains(socket)) {
        socket->readAll(); // nothing more is expected from a listener
        return;
    }
    if (!socket->canReadLine() || !socket->peek(8192).contains("\r\n\r\n"))
        return;
    socket->readAll();
    ++m_requests;
    m_offsets[socket].since.start();
    socket->write("HTTP/1.0 200 OK\r\nContent-Type: audio/mpeg\r\nCache-Control: no-cache\r\n"
                  "Connection: close\r\n\r\n");
    feed(socket);
    m_pace.start();
    Q_EMIT requestReceived(m_requests);
}

void LoopbackRadio::feedAll()
{
    const QList<QTcpSocket *> listeners = m_offsets.keys();
    for (QTcpSocket *socket : listeners)
        feed(socket);
}

// What is due by now: the head start plus the audio's own rate since the request.
void LoopbackRadio::feed(QTcpSocket *socket)
{
    if (!m_offsets.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
        return;
    Listener &listener = m_offsets[socket];
    const qint64 due = m_bytesPerSecond * (headStartMs + listener.since.elapsed()) / 1000;
    while (listener.sent < due) {
        const QByteArray piece = m_frames.mid(listener.offset, qMin<qint64>(due - listener.sent, 16 * 1024));
        socket->write(piece);
        listener.sent += piece.size();
        m_bytesSent += piece.size();
        listener.offset = (listener.offset + piece.size()) % m_frames.size();
    }
}

void LoopbackRadio::dropListeners()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_listeners)) {
        if (socket) {
            m_offsets.remove(socket.data());
            socket->abort();
        }
    }
    m_listeners.clear();
}

void LoopbackRadio::shutDown()
{
    m_server.close();
    dropListeners();
}
