// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class IdleShutdown;

// The idle shutdown's warning on the screen ("the box turns itself off in 60 s — touch anything to keep it
// on"): shown while IdleShutdown has one pending; a touch anywhere is activity and calls it off.
class ShutdownNoticeViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool pending READ isPending NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY changed)

public:
    explicit ShutdownNoticeViewModel(IdleShutdown &idle, QObject *parent = nullptr);

    bool isPending() const { return m_pending; }
    int secondsLeft() const { return m_secondsLeft; } // when the warning came

    // A touch on the screen: activity for the idle shutdown.
    Q_INVOKABLE void keepOn();

Q_SIGNALS:
    void changed();

private:
    IdleShutdown &m_idle;
    bool m_pending = false;
    int m_secondsLeft = 0;
};
