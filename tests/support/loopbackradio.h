// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// An internet radio on 127.0.0.1 for tests: every GET is answered with an endless MP3 stream (the given
// frames over and over, no Content-Length) sent in real time after a one-second head start, as a station
// does, so a player holds little more than a second when the connection drops; until the test drops the
// listeners or shuts the station down.
class LoopbackRadio : public QObject
{
    Q_OBJECT
public:
    // `frames`: MP3 frames that repeat cleanly (Mp3Frames::audioFrames), `durationMs` of audio.
    LoopbackRadio(QByteArray frames, int durationMs, QObject *parent = nullptr);

    bool listen();
    QString url() const; // http://127.0.0.1:<port>/live.mp3
    int requests() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }
    // Cuts every listener's connection; the station stays on the air for the next request.
    void dropListeners();
    // Off the air: the listeners are cut and new connections are refused.
    void shutDown();

Q_SIGNALS:
    void requestReceived(int count);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void feed(QTcpSocket *socket);
    void feedAll();

    QByteArray m_frames;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_listeners;
    struct Listener
    {
        qsizetype offset = 0; // where in the frames it is
        qint64 sent = 0;
        QElapsedTimer since;
    };
    QHash<QTcpSocket *, Listener> m_offsets;
    QTimer m_pace;
    qint64 m_bytesPerSecond = 0;
    quint16 m_port = 0;
    int m_requests = 0;
    qint64 m_bytesSent = 0;
};
