// SPDX-License-Identifier: GPL-3.0-or-later
#include "pollingtransport.h"

#include "engineiocodec.h"

PollingTransport::PollingTransport(int holdMs, QObject *parent)
    : QObject(parent)
    , m_holdMs(holdMs)
{
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, [this] { answerPending(QByteArrayLiteral("6")); });
}

PollingTransport::~PollingTransport()
{
    answerPending(QByteArrayLiteral("1"));
}

ApiResponse PollingTransport::textResponse(const QByteArray &body)
{
    return ApiResponse::raw(200, "text/plain; charset=UTF-8", body);
}

void PollingTransport::push(const QByteArray &packet)
{
    m_buffer.append(packet);
    m_bufferedBytes += packet.size();
    if (m_pending && !m_paused && !m_flushScheduled) {
        // Everything one operation emits leaves in one response.
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &PollingTransport::flush, Qt::QueuedConnection);
    }
}

QList<QByteArray> PollingTransport::takeBuffered()
{
    m_bufferedBytes = 0;
    return std::exchange(m_buffer, {});
}

void PollingTransport::poll(ApiResponder respond)
{
    // A second poll while one is held: the older one's connection is probably gone; it gets a noop.
    answerPending(QByteArrayLiteral("6"));
    if (m_paused) {
        respond(textResponse(QByteArrayLiteral("6")));
        return;
    }
    m_pending = std::move(respond);
    if (!m_buffer.isEmpty())
        flush();
    else
        m_hold.start(m_holdMs);
}

void PollingTransport::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        answerPending(QByteArrayLiteral("6"));
    else if (m_pending && !m_buffer.isEmpty())
        flush();
}

void PollingTransport::answerPending(const QByteArray &packet)
{
    m_hold.stop();
    if (ApiResponder respond = std::exchange(m_pending, {}))
        respond(textResponse(packet));
}

void PollingTransport::flush()
{
    m_flushScheduled = false;
    if (!m_pending || m_buffer.isEmpty() || m_paused)
        return;
    m_hold.stop();
    const QByteArray body = EngineIo::joinPayload(takeBuffered());
    std::exchange(m_pending, {})(textResponse(body));
    Q_EMIT drained();
}
