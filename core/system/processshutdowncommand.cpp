// SPDX-License-Identifier: GPL-3.0-or-later
#include "processshutdowncommand.h"

#include "logging.h"

#include <QProcess>

ProcessShutdownCommand::ProcessShutdownCommand(QString command)
    : m_command(std::move(command))
{ }

bool ProcessShutdownCommand::run()
{
    QStringList arguments = QProcess::splitCommand(m_command);
    if (arguments.isEmpty()) {
        qCWarning(lcApp).noquote() << "idle shutdown: SHUTDOWN_COMMAND is empty, the box stays on";
        return false;
    }
    const QString program = arguments.takeFirst();
    qCInfo(lcApp).noquote() << "idle shutdown: running" << m_command;
    if (!QProcess::startDetached(program, arguments)) {
        qCWarning(lcApp).noquote() << "idle shutdown: could not start" << program
                                   << "(not found or not executable); the box stays on";
        return false;
    }
    return true;
}
