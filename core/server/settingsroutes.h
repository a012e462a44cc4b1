// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ParentalGuard;
class PlayerStateService;
class Router;

// GET and PUT /api/settings/parental (PROTOCOL.md §4.6): the parents' rules as ParentalSettings reads and
// checks them, put in force by ParentalGuard.
class SettingsRoutes
{
public:
    SettingsRoutes(ParentalGuard &guard, PlayerStateService &playerState);

    void registerOn(Router &router);

private:
    ParentalGuard &m_guard;
    PlayerStateService &m_playerState;
};
