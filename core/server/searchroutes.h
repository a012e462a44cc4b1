// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Router;
class SearchRepository;

// GET /api/search (PROTOCOL.md §4.5): checks the query and shapes what SearchRepository finds.
class SearchRoutes
{
public:
    explicit SearchRoutes(const SearchRepository &search);

    void registerOn(Router &router);

private:
    const SearchRepository &m_search;
};
