// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

// When a stream drops (an error, or the end of a live stream), the player tries it again a few times with
// growing delays, firstDelayMs·2^(n-1) before attempt n (1, 2, 4 s by default), before it gives up on the
// track (PROTOCOL.md §6.1 "Streams"). One reconnect at a time; a fresh track or sound flowing again starts
// the count over.
class StreamReconnect : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int firstDelayMs = 1000; // STREAM_RETRY_FIRST_MS
        int attempts = 3; // STREAM_RETRIES
    };

    explicit StreamReconnect(const Config &config, QObject *parent = nullptr);

    // The delay before attempt `attempt` (1-based), or nullopt when it is past the last one.
    static std::optional<int> delayBefore(const Config &config, int attempt);

    // Schedules the next attempt (attemptDue after its delay); false when none is left.
    bool schedule();
    // Cancels a pending attempt and starts the count over.
    void reset();
    int attemptsMade() const { return m_attempts; }
    bool isWaiting() const { return m_timer.isActive(); }
    int attempts() const { return m_config.attempts; }

Q_SIGNALS:
    void attemptDue(int attempt);

private:
    Config m_config;
    QTimer m_timer;
    int m_attempts = 0;
};
