// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QWebSocket>

#include <optional>

// A QWebSocket that records every text frame, for integration tests and benchmarks. `events()` parses the
// frames of either transport: {"event","data"} on /ws, 42["name",payload] on Socket.IO.
class WsTestClient : public QObject
{
    Q_OBJECT
public:
    struct Event
    {
        QString name;
        QJsonObject data;
    };

    explicit WsTestClient(QObject *parent = nullptr);

    void open(const QUrl &url) { m_socket.open(url); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket &socket() { return m_socket; }
    void send(const QString &text) { m_socket.sendTextMessage(text); }
    void sendEvent(const QString &event, const QJsonObject &data = {}); // /ws framing

    const QStringList &frames() const { return m_frames; }
    QList<Event> events() const;
    QStringList eventNames() const;
    bool hasFrameStartingWith(const QString &prefix) const;
    bool hasEvent(const QString &name) const;
    int closeCode() const { return m_closeCode; }
    bool isClosed() const { return m_closed; }

    static std::optional<Event> parse(const QString &frame);

Q_SIGNALS:
    void frameReceived(const QString &frame);

private:
    QWebSocket m_socket;
    QStringList m_frames;
    int m_closeCode = -1;
    bool m_closed = false;
};
