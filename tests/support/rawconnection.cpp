// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawconnection.h"

#include <QtEndian>

int RawConnection::Frame::closeCode() const
{
    return payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005;
}

RawConnection::RawConnection(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_received += m_socket.readAll(); });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_closed = true;
    });
}

void RawConnection::connectTo(quint16 port, const QHostAddress &from)
{
    if (from != QHostAddress::LocalHost)
        m_socket.bind(from);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

int RawConnection::status() const
{
    if (!m_received.startsWith("HTTP/1.1 ") || m_received.size() < 12)
        return 0;
    return m_received.mid(9, 3).toInt();
}

QByteArray RawConnection::header(const QByteArray &name) const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    for (const QByteArray &line : m_received.left(qMax<qsizetype>(0, end)).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

std::optional<QByteArray> RawConnection::body() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const qint64 length = header("Content-Length").toLongLong();
    if (m_received.size() - end - 4 < length)
        return std::nullopt;
    return m_received.mid(end + 4, length);
}

void RawConnection::requestUpgrade(const QByteArray &target, quint16 port)
{
    write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
          + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n");
}

void RawConnection::sendFrame(int opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame += char(0x80 | opcode);
    if (payload.size() < 126) {
        frame += char(0x80 | payload.size());
    } else if (payload.size() < 65536) {
        frame += char(0x80 | 126);
        char length[2];
        qToBigEndian<quint16>(quint16(payload.size()), length);
        frame += QByteArray(length, 2);
    } else {
        frame += char(0x80 | 127);
        char length[8];
        qToBigEndian<quint64>(quint64(payload.size()), length);
        frame += QByteArray(length, 8);
    }
    const QByteArray mask("\x12\x34\x56\x78", 4);
    frame += mask;
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame += char(payload[i] ^ mask[i % 4]);
    write(frame);
}

QList<RawConnection::Frame> RawConnection::frames() const
{
    QList<Frame> result;
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end < 0)
        return result;
    qsizetype at = end + 4;
    while (at + 2 <= m_received.size()) {
        const int opcode = quint8(m_received[at]) & 0x0f;
        qint64 length = quint8(m_received[at + 1]) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (at + 4 > m_received.size())
                break;
            length = qFromBigEndian<quint16>(m_received.constData() + at + 2);
            header = 4;
        } else if (length == 127) {
            if (at + 10 > m_received.size())
                break;
            length = qint64(qFromBigEndian<quint64>(m_received.constData() + at + 2));
            header = 10;
        }
        if (at + header + length > m_received.size())
            break;
        result.append({opcode, m_received.mid(at + header, length)});
        at += header + length;
    }
    return result;
}
