// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemdnotifier.h"

#include "logging.h"

#include <systemd/sd-daemon.h>

#include <cstdint>

using namespace Qt::StringLiterals;

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_active(!qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
{
    if (!m_active)
        return;
    uint64_t watchdogUsec = 0;
    if (sd_watchdog_enabled(0, &watchdogUsec) > 0 && watchdogUsec > 0) {
        // Half the period, so one late tick under load still arrives in time.
        m_watchdog.setInterval(int(qMax<uint64_t>(1, watchdogUsec / 2000)));
        connect(&m_watchdog, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
        m_watchdog.start();
        qCInfo(lcApp) << "systemd watchdog every" << m_watchdog.interval() << "ms";
    }
}

void SystemdNotifier::notifyReady()
{
    send("READY=1");
}

void SystemdNotifier::notifyStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    send("STATUS=" + status.toUtf8());
}

void SystemdNotifier::notifyStopping()
{
    m_watchdog.stop();
    send("STOPPING=1");
}

void SystemdNotifier::send(const QByteArray &state)
{
    if (!m_active)
        return;
    if (const int result = sd_notify(0, state.constData()); result < 0)
        qCWarning(lcApp).noquote() << "systemd notification" << state.left(state.indexOf('=') + 1)
                                   << "not sent:" << qt_error_string(-result);
}
