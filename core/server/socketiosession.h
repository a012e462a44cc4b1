// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"
#include "realtime/realtimeclient.h"
#include "sessionconfig.h"
#include "sessionlifecycle.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocketProtocol>

class PollingTransport;
class QWebSocket;
class StateManager;

// One Engine.IO v4 / Socket.IO v5 connection (PROTOCOL.md §1.2): the open packet, server pings, the `/`
// namespace, events with acks, and either transport — a WebSocket from the start, or long-polling that may
// upgrade to a WebSocket (probe, `5`, the pending poll answered with a noop). Once the client has sent `40`
// it is a StateManager client; everything it is sent goes through one SendQueue, whatever the transport.
class SocketIoSession : public QObject, public RealtimeClient
{
    Q_OBJECT
public:
    // Takes ownership of `socket`.
    SocketIoSession(StateManager &state, const SessionConfig &config, QWebSocket *socket,
                    QObject *parent = nullptr);
    // A long-polling session; its open packet is the answer to the first GET.
    SocketIoSession(StateManager &state, const SessionConfig &config, QObject *parent = nullptr);
    ~SocketIoSession() override;

    QString engineSid() const { return m_engineSid; }
    QString openPacket() const;
    bool isPolling() const;
    bool isClosed() const { return m_life.isClosed(); }

    void handlePoll(ApiResponder respond);
    ApiResponse handlePost(const QByteArray &body);
    // A WebSocket opened with this session's sid: probed, then it takes over (PROTOCOL.md §1.2).
    void attachProbe(QWebSocket *socket);

    // Server-side close: `41`, then the socket closes; `dropped` counts it in the stats.
    void close(const QString &reason, bool dropped,
               QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeNormal);

    // RealtimeClient
    void deliver(const EventPtr &event) override;
    EventEnvelope::Transport transport() const override { return EventEnvelope::Transport::SocketIo; }
    QString sid() const override { return m_socketSid; }
    QByteArray cookieHeader() const override { return m_cookie; }
    void setCookieHeader(const QByteArray &cookie) { m_cookie = cookie; }

Q_SIGNALS:
    void closed(SocketIoSession *session);

private:
    enum class StartsOn { WebSocket, LongPolling };
    // What both public constructors share: the sid, the lifecycle, the ping timeout; the polling transport
    // when the session starts on long-polling.
    SocketIoSession(StartsOn startsOn, StateManager &state, const SessionConfig &config, QObject *parent);

    void connectLifecycle();
    void attachSocket(QWebSocket *socket);
    void handleText(const QString &text, QWebSocket *from);
    void handleMessage(const QString &data);
    void connectNamespace(const QString &nsp);
    void completeUpgrade();
    void abandonProbe();
    void protocolError(const QString &why, QWebSocketProtocol::CloseCode code);
    void sendPacket(const QString &packet);
    bool write(const EventPtr &event);
    qint64 pendingBytes() const;
    void sendPing();
    void finish(bool dropped);

    StateManager &m_state;
    SessionConfig m_config;
    QString m_engineSid;
    QString m_socketSid;
    QByteArray m_cookie; // of the request that opened the session (the polling handshake or the upgrade)
    QPointer<QWebSocket> m_socket;
    QPointer<QWebSocket> m_probe;
    PollingTransport *m_polling = nullptr;
    SessionLifecycle m_life;
    QTimer m_pongTimer; // Engine.IO: a ping unanswered for pingTimeoutMs ends the session
};
