// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Router;
class TagActionService;
class TagRepository;

// GET, PUT and DELETE /api/nfc/tags[/{tag_id}] (PROTOCOL.md §4.4): the parents' list of linked tags
// (playlists' tags and action cards) with their names and last use, naming one, unlinking one.
class TagRoutes
{
public:
    TagRoutes(TagRepository &tags, TagActionService &actions);

    void registerOn(Router &router);

private:
    TagRepository &m_tags;
    TagActionService &m_actions;
};
