// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class IdleShutdown;
class StateManager;

// Turns the idle shutdown's signals into the global events system:shutdown_pending {in_ms} and
// system:shutdown_cancelled {} (PROTOCOL.md §5.4), so every page and screen can warn the family.
class IdleShutdownNotifier : public QObject
{
    Q_OBJECT
public:
    IdleShutdownNotifier(IdleShutdown &idle, StateManager &state, QObject *parent = nullptr);
};
