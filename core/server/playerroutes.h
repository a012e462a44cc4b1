// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class PlaybackController;
class PlayerStateService;
class RateLimiter;
class SleepTimer;
class Router;

// /api/player/* and POST /api/playlists/{id}/start (PROTOCOL.md §4.3): validate the body, call the
// controller, answer 200 with the fresh PlayerState (also when nothing could be done; the message says why).
// play, pause and stop share the per-client rate limit.
class PlayerRoutes
{
public:
    PlayerRoutes(PlaybackController &controller, PlayerStateService &playerState, SleepTimer &sleep,
                 RateLimiter &limiter);

    void registerOn(Router &router);

private:
    PlaybackController &m_controller;
    PlayerStateService &m_playerState;
    SleepTimer &m_sleep;
    RateLimiter &m_limiter;
};
