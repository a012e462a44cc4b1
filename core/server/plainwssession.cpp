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
    , m_life(state, config,
             {[this](const EventPtr &event) { return write(event); },
              [this] { return m_socket->bytesToWrite(); }})
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(quint64(config.maxPayload));
    socket->setMaxAllowedIncomingMessageSize(quint64(config.maxPayload));
    connect(socket, &QWebSocket::textMessageReceived, this, &PlainWsSession::handleText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this] {
        qCInfo(lcWs) << "ws" << m_sid << "closed: binary frame";
        close(u"binary frame"_s, false, QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    });
    connect(socket, &QWebSocket::pong, &m_life, &SessionLifecycle::touch);
    connect(socket, &QWebSocket::bytesWritten, &m_life.queue(), &SendQueue::drain);
    connect(socket, &QWebSocket::disconnected, this, [this] {
        if (m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
            qCInfo(lcWs) << "ws" << m_sid << "closed: frame over" << m_config.maxPayload << "bytes";
        finish(false);
    });
    connect(&m_life, &SessionLifecycle::dropNeeded, this,
            [this](const QString &reason, QWebSocketProtocol::CloseCode code) { close(reason, true, code); });
    connect(&m_life, &SessionLifecycle::pingDue, this, [this] { m_socket->ping(); });

    m_life.registerClient(this);
    deliver(EventEnvelope::make(u"connection_status"_s, state.connectionStatus(m_sid), {}, state.currentSeq(),
                                EventEnvelope::Kind::Current));
}

PlainWsSession::~PlainWsSession() = default;

Result<PlainWsSession::Frame> PlainWsSession::parseFrame(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QString why;
    if (error.error != QJsonParseError::NoError)
        why = QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "invalid JSON: %1"))
                  .arg(error.errorString());
    else if (!document.isObject())
        why = QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a frame must be a JSON object"));
    else if (!document.object().value(u"event"_s).isString())
        why = QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a frame needs a string \"event\""));
    if (!why.isEmpty())
        return ServiceError {ErrorType::BadRequest, why, {}};
    const QJsonObject frame = document.object();
    return Frame {frame.value(u"event"_s).toString(), frame.value(u"data"_s)};
}

void PlainWsSession::handleText(const QString &text)
{
    if (m_life.isClosed())
        return;
    m_life.touch();
    const Result<Frame> frame = parseFrame(text);
    if (!frame) {
        qCDebug(lcWs) << "ws" << m_sid << "bad frame:" << frame.error().message;
        m_state.requests().reject(m_life.client(), {}, frame.error());
        return;
    }
    m_state.handleClientEvent(m_life.client(), frame->event, frame->data);
}

void PlainWsSession::close(const QString &reason, bool dropped, QWebSocketProtocol::CloseCode code)
{
    if (m_life.isClosed())
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
    if (m_life.finish(dropped))
        Q_EMIT closed(this);
}

void PlainWsSession::deliver(const EventPtr &event)
{
    if (!event->isControl())
        m_life.push(event);
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
