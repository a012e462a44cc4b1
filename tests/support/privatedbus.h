// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

// A private D-Bus daemon for one test (dbus-daemon --session on a socket of its own), so services that talk
// to a system daemon over D-Bus can be tested without touching the machine's buses.
class PrivateDBus
{
public:
    PrivateDBus();
    ~PrivateDBus();
    PrivateDBus(const PrivateDBus &) = delete;
    PrivateDBus &operator=(const PrivateDBus &) = delete;

    // Starts the daemon and waits (on its output) for its address. Empty on failure.
    bool start();
    QString address() const { return m_address; }

private:
    QProcess m_daemon;
    QString m_address;
};
