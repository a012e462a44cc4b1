// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>

#include <optional>

// A TCP client that sends exactly the bytes a test gives it (from a chosen local address, so one machine can
// act as several clients over 127.0.0.x): HTTP heads that never end, idle sockets, and WebSocket frames no
// well-behaved library would send (bad UTF-8, over the size limit). It records what the server answers.
class RawConnection : public QObject
{
    Q_OBJECT
public:
    struct Frame
    {
        int opcode = 0;
        QByteArray payload;
        int closeCode() const; // for a close frame; 1005 when it carries none
    };

    explicit RawConnection(QObject *parent = nullptr);

    // Starts connecting; the test waits with isConnected().
    void connectTo(quint16 port, const QHostAddress &from = QHostAddress::LocalHost);
    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    void close() { m_socket.abort(); }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_closed; }
    const QByteArray &received() const { return m_received; }
    // The status of the first response, 0 until its status line arrived.
    int status() const;
    // A header of the first response (case-insensitive name); empty when absent.
    QByteArray header(const QByteArray &name) const;
    // The body of the first response, once all of it arrived (by its Content-Length).
    std::optional<QByteArray> body() const;

    // WebSocket: sends the upgrade request for target; upgraded() once the 101 arrived.
    void requestUpgrade(const QByteArray &target, quint16 port);
    bool upgraded() const { return status() == 101; }
    // One masked frame, FIN set, as a client must send it.
    void sendFrame(int opcode, const QByteArray &payload);
    // The frames the server sent after the 101.
    QList<Frame> frames() const;

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};
