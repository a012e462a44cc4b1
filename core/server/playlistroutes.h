// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <functional>

class PlaylistService;
class Router;

// The playlist routes of PROTOCOL.md §4.1: validate the request, call PlaylistService, shape the answer.
class PlaylistRoutes
{
public:
    // Runs the library sync (files on disk -> database) and reports how many playlists there are afterwards.
    using SyncRunner = std::function<void(std::function<void(Result<int>)> done)>;

    PlaylistRoutes(PlaylistService &playlists, SyncRunner sync);

    void registerOn(Router &router);

private:
    PlaylistService &m_playlists;
    SyncRunner m_sync;
};
