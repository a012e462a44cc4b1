// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "realtime/realtimeclient.h"
#include "sessionconfig.h"
#include "sessionlifecycle.h"

#include <QJsonValue>
#include <QObject>
#include <QWebSocketProtocol>

class QWebSocket;
class StateManager;

// One plain WebSocket connection at /ws (PROTOCOL.md §1.3): every text frame either way is
// {"event": name, "data": payload}; the same events, rooms and replies as Socket.IO, without acks. The server
// pings with WebSocket pings; any inbound frame counts as activity.
class PlainWsSession : public QObject, public RealtimeClient
{
    Q_OBJECT
public:
    // Takes ownership of `socket` and sends connection_status at once.
    PlainWsSession(StateManager &state, const SessionConfig &config, QWebSocket *socket,
                   QObject *parent = nullptr);
    ~PlainWsSession() override;

    void close(const QString &reason, bool dropped,
               QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeNormal);
    bool isClosed() const { return m_life.isClosed(); }

    struct Frame
    {
        QString event;
        QJsonValue data; // undefined when the frame has no "data"
    };
    // One inbound text frame; a BadRequest error says why it is not {"event": string, "data": …}.
    static Result<Frame> parseFrame(const QString &text);

    // RealtimeClient
    void deliver(const EventPtr &event) override;
    EventEnvelope::Transport transport() const override { return EventEnvelope::Transport::PlainWs; }
    QString sid() const override { return m_sid; }
    QByteArray cookieHeader() const override { return m_cookie; }
    void setCookieHeader(const QByteArray &cookie) { m_cookie = cookie; }

Q_SIGNALS:
    void closed(PlainWsSession *session);

private:
    void handleText(const QString &text);
    bool write(const EventPtr &event);
    void finish(bool dropped);

    StateManager &m_state;
    SessionConfig m_config;
    QWebSocket *m_socket;
    QString m_sid;
    QByteArray m_cookie;
    SessionLifecycle m_life;
};
