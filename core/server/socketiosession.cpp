// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketiosession.h"

#include "common/ids.h"
#include "engineiocodec.h"
#include "pollingtransport.h"
#include "realtime/statemanager.h"
#include "socketiocodec.h"
#include "system/logging.h"

#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

SocketIoSession::SocketIoSession(StartsOn startsOn, StateManager &state, const SessionConfig &config,
                                 QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_config(config)
    , m_engineSid(Ids::newSid())
    , m_life(state, config,
             {[this](const EventPtr &event) { return write(event); }, [this] { return pendingBytes(); }})
{
    connectLifecycle();
    if (startsOn == StartsOn::LongPolling) {
        m_polling = new PollingTransport(config.pingIntervalMs, this);
        connect(m_polling, &PollingTransport::drained, &m_life.queue(), &SendQueue::drain);
    }
}

SocketIoSession::SocketIoSession(StateManager &state, const SessionConfig &config, QWebSocket *socket,
                                 QObject *parent)
    : SocketIoSession(StartsOn::WebSocket, state, config, parent)
{
    attachSocket(socket);
    m_socket = socket;
    sendPacket(openPacket());
}

SocketIoSession::SocketIoSession(StateManager &state, const SessionConfig &config, QObject *parent)
    : SocketIoSession(StartsOn::LongPolling, state, config, parent)
{ }

SocketIoSession::~SocketIoSession() = default;

void SocketIoSession::connectLifecycle()
{
    connect(&m_life, &SessionLifecycle::dropNeeded, this,
            [this](const QString &reason, QWebSocketProtocol::CloseCode code) { close(reason, true, code); });
    connect(&m_life, &SessionLifecycle::pingDue, this, &SocketIoSession::sendPing);
    m_pongTimer.setSingleShot(true);
    m_pongTimer.setInterval(m_config.pingTimeoutMs);
    connect(&m_pongTimer, &QTimer::timeout, this,
            [this] { close(u"ping timeout"_s, true, QWebSocketProtocol::CloseCodeGoingAway); });
}

QString SocketIoSession::openPacket() const
{
    return EngineIo::openPacket({m_engineSid, m_polling ? QStringList {u"websocket"_s} : QStringList {},
                                 m_config.pingIntervalMs, m_config.pingTimeoutMs, m_config.maxPayload});
}

bool SocketIoSession::isPolling() const
{
    return m_polling != nullptr;
}

void SocketIoSession::attachSocket(QWebSocket *socket)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxPayload));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxPayload));
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { handleText(text, socket); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
        if (socket == m_probe)
            abandonProbe();
        else
            protocolError(u"binary frame"_s, QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    });
    connect(socket, &QWebSocket::bytesWritten, &m_life.queue(), &SendQueue::drain);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_probe) {
            abandonProbe();
        } else if (socket == m_socket && !m_life.isClosed()) {
            if (socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
                qCInfo(lcWs) << "socket.io" << m_engineSid << "closed: frame over" << m_config.maxPayload
                             << "bytes";
            finish(false);
        }
    });
}

void SocketIoSession::attachProbe(QWebSocket *socket)
{
    if (m_probe || !m_polling) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"no upgrade possible"_s);
        socket->deleteLater();
        return;
    }
    attachSocket(socket);
    m_probe = socket;
}

void SocketIoSession::handlePoll(ApiResponder respond)
{
    m_life.touch();
    m_polling->poll(std::move(respond));
}

ApiResponse SocketIoSession::handlePost(const QByteArray &body)
{
    m_life.touch();
    if (body.size() > m_config.maxPayload) {
        close(u"payload over maxPayload"_s, false);
        return ApiResponse::failure(
            {ErrorType::PayloadTooLarge,
             QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "payload too large")),
             {{u"max_bytes"_s, m_config.maxPayload}}});
    }
    const QList<QByteArray> packets = EngineIo::splitPayload(body);
    for (const QByteArray &packet : packets) {
        if (m_life.isClosed())
            break;
        handleText(QString::fromUtf8(packet), nullptr);
    }
    return PollingTransport::textResponse(QByteArrayLiteral("ok"));
}

void SocketIoSession::handleText(const QString &text, QWebSocket *from)
{
    if (m_life.isClosed())
        return;
    m_life.touch();
    const std::optional<EngineIo::Packet> packet = EngineIo::decode(text);
    if (from && from == m_probe) {
        if (packet && packet->type == EngineIo::Type::Ping && packet->data == "probe"_L1) {
            m_probe->sendTextMessage(u"3probe"_s);
            m_polling->setPaused(true);
        } else if (packet && packet->type == EngineIo::Type::Upgrade) {
            completeUpgrade();
        } else if (!packet || packet->type != EngineIo::Type::Noop) {
            abandonProbe();
        }
        return;
    }
    if (!packet) {
        protocolError(u"unparseable Engine.IO packet"_s, QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        return;
    }
    switch (packet->type) {
    case EngineIo::Type::Ping:
        sendPacket(EngineIo::encode(EngineIo::Type::Pong, packet->data));
        break;
    case EngineIo::Type::Pong:
        m_pongTimer.stop();
        break;
    case EngineIo::Type::Message:
        handleMessage(packet->data);
        break;
    case EngineIo::Type::Close:
        close(u"closed by the client"_s, false);
        break;
    case EngineIo::Type::Noop:
        break;
    case EngineIo::Type::Open:
    case EngineIo::Type::Upgrade:
        protocolError(u"unexpected Engine.IO packet"_s, QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        break;
    }
}

void SocketIoSession::handleMessage(const QString &data)
{
    const std::optional<SocketIo::Packet> packet = SocketIo::decode(data);
    if (!packet) {
        protocolError(u"unparseable Socket.IO packet"_s, QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        return;
    }
    switch (packet->type) {
    case SocketIo::Type::Connect:
        connectNamespace(packet->nsp);
        return;
    case SocketIo::Type::Disconnect:
        if (packet->nsp == "/"_L1)
            close(u"disconnected by the client"_s, false);
        return;
    case SocketIo::Type::Event:
        break;
    case SocketIo::Type::Ack:
        return; // the server never asks for acks
    case SocketIo::Type::ConnectError:
    case SocketIo::Type::BinaryEvent:
    case SocketIo::Type::BinaryAck:
        protocolError(u"unsupported Socket.IO packet"_s, QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        return;
    }
    if (packet->nsp != "/"_L1 || !m_life.client()) {
        qCDebug(lcWs) << "socket.io" << m_engineSid << "event outside a connected namespace ignored";
        return;
    }
    const std::optional<SocketIo::Event> event = SocketIo::parseEvent(packet->data);
    if (!event) {
        protocolError(u"malformed event"_s, QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        return;
    }
    const QJsonObject ack = m_state.handleClientEvent(m_life.client(), event->name, event->payload);
    if (packet->ackId >= 0 && !m_life.isClosed()) {
        sendPacket(u'4'
                   + SocketIo::encode(
                       {SocketIo::Type::Ack, u"/"_s, packet->ackId,
                        u'[' + QString::fromUtf8(QJsonDocument(ack).toJson(QJsonDocument::Compact)) + u']'}));
    }
}

void SocketIoSession::connectNamespace(const QString &nsp)
{
    if (nsp != "/"_L1) {
        sendPacket(u'4'
                   + SocketIo::encode(
                       {SocketIo::Type::ConnectError, nsp, -1, u"{\"message\":\"Invalid namespace\"}"_s}));
        return;
    }
    if (!m_life.client()) {
        m_socketSid = Ids::newSid();
        m_life.registerClient(this);
    }
    sendPacket(u"40{\"sid\":\""_s + m_socketSid + u"\"}"_s);
    deliver(EventEnvelope::make(u"connection_status"_s, m_state.connectionStatus(m_socketSid), {},
                                m_state.currentSeq(), EventEnvelope::Kind::Current));
}

void SocketIoSession::completeUpgrade()
{
    const QList<QByteArray> waiting = m_polling->takeBuffered();
    PollingTransport *polling = std::exchange(m_polling, nullptr);
    polling->answerPending(QByteArrayLiteral("6"));
    polling->deleteLater();
    m_socket = std::exchange(m_probe, nullptr);
    for (const QByteArray &packet : waiting)
        m_socket->sendTextMessage(QString::fromUtf8(packet));
    qCDebug(lcWs) << "socket.io" << m_engineSid << "upgraded to websocket";
    m_life.queue().drain();
}

void SocketIoSession::abandonProbe()
{
    if (QWebSocket *probe = std::exchange(m_probe, nullptr)) {
        probe->abort();
        probe->deleteLater();
    }
    if (m_polling)
        m_polling->setPaused(false);
}

void SocketIoSession::protocolError(const QString &why, QWebSocketProtocol::CloseCode code)
{
    qCInfo(lcWs) << "socket.io" << m_engineSid << "closed:" << why;
    close(why, false, code);
}

void SocketIoSession::close(const QString &reason, bool dropped, QWebSocketProtocol::CloseCode code)
{
    if (m_life.isClosed())
        return;
    if (dropped)
        qCInfo(lcWs) << "socket.io" << m_engineSid << "dropped:" << reason;
    else
        qCDebug(lcWs) << "socket.io" << m_engineSid << "closing:" << reason;
    const bool polite = !dropped && code == QWebSocketProtocol::CloseCodeNormal && m_life.client();
    // Unregistered first: abort() reports the disconnection synchronously.
    finish(dropped);
    if (m_socket) {
        if (polite)
            m_socket->sendTextMessage(u"41"_s);
        // A dropped client is not waited for: its buffers are full or it is gone.
        if (dropped) {
            m_socket->abort();
        } else {
            m_socket->close(code, reason);
            // Into the kernel now: on shutdown the process exits right after, and the client must still
            // get its close frame.
            m_socket->flush();
        }
    }
    if (m_polling) {
        static const QByteArray goodbye = QByteArrayLiteral("41") + EngineIo::recordSeparator + '1';
        m_polling->answerPending(polite ? goodbye : QByteArrayLiteral("1"));
    }
}

void SocketIoSession::finish(bool dropped)
{
    if (!m_life.finish(dropped))
        return;
    m_pongTimer.stop();
    if (m_probe)
        m_probe->abort();
    Q_EMIT closed(this);
}

void SocketIoSession::deliver(const EventPtr &event)
{
    m_life.push(event);
}

void SocketIoSession::sendPacket(const QString &packet)
{
    deliver(EventEnvelope::control(packet));
}

bool SocketIoSession::write(const EventPtr &event)
{
    const QString &packet = event->socketIoPacket();
    if (m_polling) {
        m_polling->push(packet.toUtf8());
        return true;
    }
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (m_socket->sendTextMessage(packet) <= 0)
            return false;
        // To the kernel now rather than on the next turn of the loop: the first recipients of a fan-out do
        // not wait for the last one, and bytesToWrite() then shows real backpressure.
        m_socket->flush();
        return true;
    }
    return false;
}

qint64 SocketIoSession::pendingBytes() const
{
    if (m_polling)
        return m_polling->bufferedBytes();
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void SocketIoSession::sendPing()
{
    sendPacket(EngineIo::encode(EngineIo::Type::Ping));
    if (!m_pongTimer.isActive())
        m_pongTimer.start();
}
