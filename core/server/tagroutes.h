// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Router;
class TagRepository;

// GET /api/nfc/tags and PUT /api/nfc/tags/{tag_id} (PROTOCOL.md §4.4): the parents' list of linked tags with
// their names and last use, and naming one.
class TagRoutes
{
public:
    explicit TagRoutes(TagRepository &tags);

    void registerOn(Router &router);

private:
    TagRepository &m_tags;
};
