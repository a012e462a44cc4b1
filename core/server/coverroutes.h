// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CoverStore;
class Router;

// GET /api/covers/{name} (PROTOCOL.md §4.10): a stored cover picture. Names are content hashes, so a picture
// never changes under its URL: clients may keep it for a year and revalidate with its ETag.
class CoverRoutes
{
public:
    explicit CoverRoutes(const CoverStore &store);

    void registerOn(Router &router);

private:
    const CoverStore &m_store;
};
