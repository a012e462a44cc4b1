// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Router;
class YoutubeDownloader;
class YoutubeSearch;

// /api/youtube/* (PROTOCOL.md §4.5): queue a download (202 at once), read a task, search; plus
// DELETE /api/youtube/download/{task_id} to cancel a pending or running download.
class YoutubeRoutes
{
public:
    YoutubeRoutes(YoutubeDownloader &downloader, YoutubeSearch &search);

    void registerOn(Router &router);

private:
    YoutubeDownloader &m_downloader;
    YoutubeSearch &m_search;
};
