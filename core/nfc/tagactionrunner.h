// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/tagaction.h"

class PlaybackController;
class SleepTimer;

// What an action card does when it is placed (PROTOCOL.md §6.3): the same player commands as the API and
// the buttons. shuffle toggles, repeat cycles none -> playlist -> track -> none, sleep_N starts (or replaces)
// an N-minute sleep timer. Lifting the card does nothing.
class TagActionRunner
{
public:
    TagActionRunner(PlaybackController &player, SleepTimer &sleep);

    void perform(TagAction action);

private:
    PlaybackController &m_player;
    SleepTimer &m_sleep;
};
