// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Router;
class UploadService;

// /api/playlists/{playlist_id}/uploads/... (PROTOCOL.md §4.2): reads and checks the request (JSON fields, the
// multipart chunk body) and hands over to UploadService. Finalize answers asynchronously, once the worker
// thread has assembled and verified the file.
class UploadRoutes
{
public:
    explicit UploadRoutes(UploadService &uploads);

    void registerOn(Router &router);

private:
    UploadService &m_uploads;
};
