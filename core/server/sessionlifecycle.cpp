// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlifecycle.h"

#include "realtime/statemanager.h"

using namespace Qt::StringLiterals;

SessionLifecycle::SessionLifecycle(StateManager &state, const SessionConfig &config,
                                   SendQueue::Sink transport, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_queue(new SendQueue(config.send, std::move(transport), &state.deliveryCounters(), this))
{
    connect(m_queue, &SendQueue::overflowed, this,
            [this] { Q_EMIT dropNeeded(u"backpressure"_s, QWebSocketProtocol::CloseCodePolicyViolated); });
    connect(m_queue, &SendQueue::writeFailed, this,
            [this] { Q_EMIT dropNeeded(u"write failed"_s, QWebSocketProtocol::CloseCodeGoingAway); });
    m_pingTimer.setInterval(config.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &SessionLifecycle::pingDue);
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(config.clientTimeoutSec * 1000);
    connect(&m_silenceTimer, &QTimer::timeout, this,
            [this] { Q_EMIT dropNeeded(u"silent"_s, QWebSocketProtocol::CloseCodeGoingAway); });
    m_pingTimer.start();
    m_silenceTimer.start();
}

SessionLifecycle::~SessionLifecycle()
{
    if (m_client)
        m_state.disconnectClient(m_client);
}

void SessionLifecycle::registerClient(RealtimeClient *client)
{
    if (!m_client && !m_closed)
        m_client = m_state.connectClient(client);
}

void SessionLifecycle::touch()
{
    if (!m_closed)
        m_silenceTimer.start();
}

void SessionLifecycle::push(const EventPtr &event)
{
    if (!m_closed)
        m_queue->push(event);
}

bool SessionLifecycle::finish(bool dropped)
{
    if (m_closed)
        return false;
    m_closed = true;
    m_pingTimer.stop();
    m_silenceTimer.stop();
    if (const ClientId client = std::exchange(m_client, 0))
        m_state.disconnectClient(client, dropped);
    return true;
}
