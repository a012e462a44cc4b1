// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "library/tagaction.h"

#include <QString>

#include <optional>

class Clock;
class PlaylistService;
class TagRepository;

// Action cards (PROTOCOL.md §4.4): links a tag to an action, releasing it from its playlist first (through
// PlaylistService, so that playlist's events go out), unlinks any linked tag, and says what a placed tag
// does. A tag is a playlist's or an action card, never both (linking it to a playlist ends its action).
class TagActionService
{
public:
    struct Link
    {
        QString tagId;
        TagAction action;
        std::optional<QString> previousPlaylistId;
    };

    struct Unlinked
    {
        QString tagId;
        QString playlistId; // empty for an action card
        QString action; // empty for a playlist's tag
    };

    TagActionService(PlaylistService &playlists, TagRepository &tags, const Clock &clock);

    Result<Link> link(const QString &tagId, TagAction action);
    // DELETE /api/nfc/tags/{tag_id}: not_found (nfc_tag) when the tag is linked to nothing.
    Result<Unlinked> unlink(const QString &tagId);
    std::optional<TagAction> actionOf(const QString &tagId) const;

private:
    PlaylistService &m_playlists;
    TagRepository &m_tags;
    const Clock &m_clock;
};
