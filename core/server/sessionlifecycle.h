// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "realtime/realtimeclient.h"
#include "realtime/sendqueue.h"
#include "sessionconfig.h"

#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

class StateManager;

// What every real-time session does alike, whatever its framing (PlainWsSession, SocketIoSession): one
// SendQueue in front of the transport, a ping every pingIntervalMs, a silence timer that gives up on a client
// that stopped talking, the StateManager registration, and finishing exactly once. The session frames the
// bytes and decides how a close looks on its wire.
class SessionLifecycle : public QObject
{
    Q_OBJECT
public:
    SessionLifecycle(StateManager &state, const SessionConfig &config, SendQueue::Sink transport,
                     QObject *parent = nullptr);
    ~SessionLifecycle() override; // a client still registered is disconnected

    SendQueue &queue() { return *m_queue; }
    bool isClosed() const { return m_closed; }
    ClientId client() const { return m_client; }

    void registerClient(RealtimeClient *client);
    // Inbound traffic: the silence timer starts again.
    void touch();
    // Queued for the transport unless the session is finished.
    void push(const EventPtr &event);
    // True the first time: the timers stop and the client leaves the StateManager (`dropped` counts it).
    bool finish(bool dropped);

Q_SIGNALS:
    void pingDue();
    // The client has to go: its queue overflowed, a write failed, or it was silent for clientTimeoutSec.
    void dropNeeded(const QString &reason, QWebSocketProtocol::CloseCode code);

private:
    StateManager &m_state;
    SendQueue *m_queue;
    QTimer m_pingTimer;
    QTimer m_silenceTimer;
    ClientId m_client = 0;
    bool m_closed = false;
};
