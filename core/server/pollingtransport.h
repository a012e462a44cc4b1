// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

// The Engine.IO long-polling transport of one session (PROTOCOL.md §1.2). Packets wait in a buffer until a
// GET takes them; a GET that finds nothing is held until a packet comes (or answered with a noop after
// `holdMs`). Packets pushed in one go leave in one response, joined with 0x1E.
class PollingTransport : public QObject
{
    Q_OBJECT
public:
    explicit PollingTransport(int holdMs, QObject *parent = nullptr);
    ~PollingTransport() override;

    void push(const QByteArray &packet);
    qint64 bufferedBytes() const { return m_bufferedBytes; }
    QList<QByteArray> takeBuffered();

    // A GET with this session's sid.
    void poll(ApiResponder respond);
    bool hasPendingPoll() const { return bool(m_pending); }
    // While an upgrade is being probed, polls are answered with a noop at once and packets stay buffered
    // for the WebSocket.
    void setPaused(bool paused);
    // Answers the pending poll, if any, with `packet` (a noop, or a close).
    void answerPending(const QByteArray &packet);

    static ApiResponse textResponse(const QByteArray &body);

Q_SIGNALS:
    // A poll took the buffered packets: the session's send queue may continue.
    void drained();

private:
    void flush();

    int m_holdMs;
    QList<QByteArray> m_buffer;
    qint64 m_bufferedBytes = 0;
    ApiResponder m_pending;
    QTimer m_hold;
    bool m_flushScheduled = false;
    bool m_paused = false;
};
