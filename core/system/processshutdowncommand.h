// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shutdowncommand.h"

#include <QString>

// Runs SHUTDOWN_COMMAND as a detached process: split into a program and its arguments like a shell would
// (quotes kept together), never through a shell, so the box does not wait for a poweroff that ends it.
class ProcessShutdownCommand : public ShutdownCommand
{
public:
    explicit ProcessShutdownCommand(QString command);

    bool run() override;

private:
    QString m_command;
};
