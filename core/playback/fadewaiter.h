// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

// Runs what comes after a fade-out (pause, stop, a switch, a seek) once the listener has heard the fade: when
// the sink's position has passed the sample where the fade ended, plus the sound server's buffer. A sound
// server drops what it was given but has not played yet when a stream stops (PulseAudio rewinds it), so a
// fade still in that buffer would be cut into a click. A sink that stalls cannot hold the action forever.
class FadeWaiter : public QObject
{
    Q_OBJECT
public:
    struct Sink
    {
        std::function<qint64()> fadeEndNs; // stream time just after the fade's last sample; -1 until then
        std::function<std::optional<qint64>()> positionNs; // stream time the listener hears now
        qint64 bufferNs = 0; // what the sound server may hold and drop
        int limitMs = 0; // longest wait
    };

    explicit FadeWaiter(Sink sink, QObject *parent = nullptr);

    // Waits for the fade that has just begun; while waiting, a newer `then` replaces the older one.
    void waitThen(std::function<void()> then);
    void cancel();
    bool isWaiting() const { return m_timer.isActive(); }

private:
    void check();

    Sink m_sink;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::function<void()> m_then;
};
