// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class LanguageSetting;
class ParentalGuard;
class PlayerStateService;
class Router;

// GET and PUT /api/settings/parental (PROTOCOL.md §4.6): the parents' rules as ParentalSettings reads and
// checks them, put in force by ParentalGuard. GET and PUT /api/settings/language (§4.11): the box's language.
class SettingsRoutes
{
public:
    SettingsRoutes(ParentalGuard &guard, PlayerStateService &playerState, LanguageSetting &language);

    void registerOn(Router &router);

private:
    ParentalGuard &m_guard;
    PlayerStateService &m_playerState;
    LanguageSetting &m_language;
};
