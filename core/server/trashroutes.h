// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Router;
class TrashService;

// The trash routes of PROTOCOL.md §4.8: list it, restore an entry, delete one for good.
class TrashRoutes
{
public:
    explicit TrashRoutes(TrashService &trash);

    void registerOn(Router &router);

private:
    TrashService &m_trash;
};
