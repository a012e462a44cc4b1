// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// Tells systemd how the daemon is doing through sd_notify (Type=notify): READY=1 once the box serves,
// STATUS= with what it plays, WATCHDOG=1 from the event loop at half of WatchdogSec (a hung loop misses it
// and systemd restarts the box), STOPPING=1 on the way out. Whether systemd listens is decided once, at
// construction, from NOTIFY_SOCKET: without it nothing is ever sent.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // 0 when systemd has no watchdog for this process.
    int watchdogIntervalMs() const { return m_watchdog.isActive() ? m_watchdog.interval() : 0; }

    void notifyReady();
    // Sent only when the text differs from the last one.
    void notifyStatus(const QString &status);
    void notifyStopping();

private:
    void send(const QByteArray &state);

    bool m_active = false;
    QString m_status;
    QTimer m_watchdog;
};
