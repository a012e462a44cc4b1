// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainwssession.h"

#include "common/ids.h"
#include "common/serviceerror.h"
#include "realtime/statemanager.h"
#include "system/logging.h"

#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

PlainWsSession::PlainWsSession(StateManager &state, const SessionConfig &config, QWebSocket *socket,
                               QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_config(config)
    , m_socket(socket)
    , m_sid(Ids::newSid())
    , m_queue(new SendQueue(config.send,
                            {[this](const EventPtr &event) { return write(event); },
                             [this] { return m_socket->bytesToWrite(); }},
                            &state.deliveryCounters(), this))
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(quint64(config.maxPayload));
    socket->setMaxAllowedIncomingMessageSize(quint64(config.maxPayload));
    connect(socket, &QWebSocket::textMessageReceived, this, &PlainWsSession::handleText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this] {
        qCInfo(lcWs) << "ws" << m_sid << "closed: binary frame";
        close(u"binary frame"_s, false, QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    });
    connect(socket, &QWebSocket::pong, this, &PlainWsSession::touch);
    connect(socket, &QWebSocket::bytesWritten, m_queue, &SendQueue::drain);
    connect(socket, &QWebSocket::disconnected, this, [this] {
        if (m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
            qCInfo(lcWs) << "ws" << m_sid << "closed: frame over" << m_config.maxPayload << "bytes";
        finish(false);
    });
    connect(m_queue, &SendQueue::overflowed, this,
            [this] { close(u"backpressure"_s, true, QWebSocketProtocol::CloseCodePolicyViolated); });
    connect(m_queue, &SendQueue::writeFailed, this,
            [this] { close(u"write failed"_s, true, QWebSocketProtocol::CloseCodeGoingAway); });

    m_pingTimer.setInterval(config.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] { m_socket->ping(); });
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(config.clientTimeoutSec * 1000);
    connect(&m_silenceTimer, &QTimer::timeout, this,
            [this] { close(u"silent"_s, true, QWebSocketProtocol::CloseCodeGoingAway); });
    m_pingTimer.start();
    m_silenceTimer.start();

    m_client = state.connectClient(this);
    deliver(EventEnvelope::make(u"connection_status"_s, state.connectionStatus(m_sid), {}, state.currentSeq(),
                                EventEnvelope::Kind::Current));
}

PlainWsSession::~PlainWsSession()
{
    if (m_client)
        m_state.disconnectClient(m_client);
}

Result<PlainWsSession::Frame> PlainWsSession::parseFrame(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QString why;
    if (error.error != QJsonParseError::NoError)
        why = u"invalid JSON: %1"_s.arg(error.errorString());
    else if (!document.isObject())
        why = u"a frame must be a JSON object"_s;
    else if (!document.object().value(u"event"_s).isString())
        why = u"a frame needs a string \"event\""_s;
    if (!why.isEmpty())
        return ServiceError {ErrorType::BadRequest, why, {}};
    const QJsonObject frame = document.object();
    return Frame {frame.value(u"event"_s).toString(), frame.value(u"data"_s)};
}

void PlainWsSession::handleText(const QString &text)
{
    if (m_closed)
        return;
    touch();
    const Result<Frame> frame = parseFrame(text);
    if (!frame) {
        qCDebug(lcWs) << "ws" << m_sid << "bad frame:" << frame.error().message;
        m_state.requests().reject(m_client, {}, frame.error());
        return;
    }
    m_state.handleClientEvent(m_client, frame->event, frame->data);
}

void PlainWsSession::close(const QString &reason, bool dropped, QWebSocketProtocol::CloseCode code)
{
    if (m_closed)
        return;
    if (dropped)
        qCInfo(lcWs) << "ws" << m_sid << "dropped:" << reason;
    // Unregistered first: abort() reports the disconnection synchronously.
    finish(dropped);
    if (dropped) {
        m_socket->abort();
    } else {
        m_socket->close(code, reason);
        // Into the kernel now: on shutdown the process exits right after, and the client must still
        // get its close frame.
        m_socket->flush();
    }
}

void PlainWsSession::finish(bool dropped)
{
    if (m_closed)
        return;
    m_closed = true;
    m_pingTimer.stop();
    m_silenceTimer.stop();
    if (const ClientId client = std::exchange(m_client, 0))
        m_state.disconnectClient(client, dropped);
    Q_EMIT closed(this);
}

void PlainWsSession::deliver(const EventPtr &event)
{
    if (!m_closed && !event->isControl())
        m_queue->push(event);
}

bool PlainWsSession::write(const EventPtr &event)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState
        || m_socket->sendTextMessage(event->plainFrame()) <= 0)
        return false;
    // To the kernel now rather than on the next turn of the loop: the first recipients of a fan-out do not
    // wait for the last one, and bytesToWrite() then shows real backpressure.
    m_socket->flush();
    return true;
}

void PlainWsSession::touch()
{
    if (!m_closed)
        m_silenceTimer.start();
}
