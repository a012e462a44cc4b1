// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatedbus.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

PrivateDBus::PrivateDBus() = default;

PrivateDBus::~PrivateDBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

bool PrivateDBus::start()
{
    m_daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    if (!m_daemon.waitForStarted(10000))
        return false;
    const QDeadlineTimer deadline(10000);
    QByteArray output;
    while (!output.contains('\n') && !deadline.hasExpired()) {
        // A wait on the daemon's output (a condition), bounded by the deadline.
        if (!m_daemon.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        output += m_daemon.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(output.left(output.indexOf('\n')).trimmed());
    return !m_address.isEmpty();
}
