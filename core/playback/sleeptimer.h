// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QJsonValue>
#include <QObject>
#include <QTimer>

#include <optional>

class PlaybackController;

// The sleep timer (PROTOCOL.md §4.3): after the chosen minutes the music fades to silence over the fade time
// and pauses (its resume point saved), and the volume is back for the next play. Time is read from the Clock
// on every tick, so a late tick never stretches the timer and tests drive it with a manual clock.
class SleepTimer : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int fadeMs = 30000; // SLEEP_FADE_SEC
        int tickMs = 100; // how often the countdown looks at the clock; the fade steps at FadeCadence's pace
    };

    static constexpr int maxMinutes = 180;

    SleepTimer(const Config &config, PlaybackController &player, const Clock &clock,
               QObject *parent = nullptr);

    // Starts or replaces the timer; 0 cancels it.
    void start(int minutes);
    void cancel();
    bool isActive() const { return m_endsAtMs.has_value(); }
    qint64 remainingMs() const;
    // null, or {ends_at (Unix ms), remaining_ms}.
    QJsonValue toJson() const;

public Q_SLOTS:
    // One step: the fade's gain, or the end. Called by the timer every tickMs while active, at the fade's
    // cadence from just before it begins.
    void tick();

Q_SIGNALS:
    // Started, cancelled or expired: PlayerState changed.
    void changed();

private:
    void finish(bool expired);

    Config m_config;
    PlaybackController &m_player;
    const Clock &m_clock;
    QTimer m_ticker;
    std::optional<qint64> m_endsAtMs; // on the monotonic clock
    qint64 m_endsAtUnixMs = 0; // what clients are told, fixed when the timer starts
};
