// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns the box off (PROTOCOL.md §6.7, idle shutdown). An interface so tests count the runs instead of
// powering anything off.
class ShutdownCommand
{
public:
    virtual ~ShutdownCommand() = default;
    // Starts the shutdown; false when it could not even be started (the reason is logged).
    virtual bool run() = 0;
};
