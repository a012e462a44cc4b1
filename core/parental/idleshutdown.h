// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class Clock;
class ShutdownCommand;

// The parents' idle shutdown (PROTOCOL.md §6.7): once the box has gone `idle_shutdown_min` minutes without
// activity (a client request, a tag, a button, a change of the player) and without music playing, it runs
// the shutdown command. A warning lead before that it announces shutdownPending(); any activity then calls
// it off (shutdownCancelled()) and the countdown starts again. Time comes from the Clock; the timer only
// says when to look again.
class IdleShutdown : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        qint64 minuteMs = 60 * 1000; // the unit of idle_shutdown_min
        qint64 warningMs = 60 * 1000; // shutdownPending comes this long before the command
    };

    IdleShutdown(const Config &config, ShutdownCommand &command, const Clock &clock,
                 QObject *parent = nullptr);

    // 0 turns the idle shutdown off. In force at once, counting from the change.
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_minutes; }
    bool isPending() const { return m_pending; }

public Q_SLOTS:
    // Someone used the box: a pending shutdown is called off and the countdown starts again.
    void noteActivity();
    // The player changed (a command from anywhere, the music ending): activity. Music playing is activity the
    // whole time it plays; the countdown starts when it stops.
    void playerChanged(bool playing);
    // Looks at the clock: announces, runs the command, and arms the timer for the next step.
    void evaluate();

Q_SIGNALS:
    // The command runs in inMs unless something happens.
    void shutdownPending(qint64 inMs);
    // The pending shutdown was called off.
    void shutdownCancelled();

private:
    bool isArmed() const { return m_minutes > 0 && !m_playing; }
    void cancelPending();

    Config m_config;
    ShutdownCommand &m_command;
    const Clock &m_clock;
    QTimer m_timer;
    int m_minutes = 0;
    bool m_playing = false;
    bool m_pending = false;
    qint64 m_lastActivityMs = 0;
};
