// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagactionservice.h"

#include "common/clock.h"
#include "library/playlistservice.h"
#include "library/tagrepository.h"
#include "system/logging.h"

using namespace Qt::StringLiterals;

TagActionService::TagActionService(PlaylistService &playlists, TagRepository &tags, const Clock &clock)
    : m_playlists(playlists)
    , m_tags(tags)
    , m_clock(clock)
{ }

Result<TagActionService::Link> TagActionService::link(const QString &tagId, TagAction action)
{
    std::optional<QString> previous;
    if (const auto owner = m_playlists.repository().findByTag(tagId)) {
        const auto released = m_playlists.releaseTag(tagId);
        if (!released)
            return released.error();
        previous = owner->id;
    }
    if (const Status stored = m_tags.setAction(tagId, action, m_clock.nowUtc()); !stored)
        return stored.error();
    qCInfo(lcNfc).noquote() << "tag" << tagId << "is now the action card" << TagActions::name(action);
    return Link {tagId, action, previous};
}

Result<TagActionService::Unlinked> TagActionService::unlink(const QString &tagId)
{
    if (const std::optional<TagAction> action = m_tags.action(tagId)) {
        const auto removed = m_tags.removeAction(tagId);
        if (!removed)
            return removed.error();
        qCInfo(lcNfc).noquote() << "action card" << tagId << "unlinked";
        return Unlinked {tagId, {}, TagActions::name(*action)};
    }
    const auto released = m_playlists.releaseTag(tagId); // not_found (nfc_tag) when it has no playlist
    if (!released)
        return released.error();
    qCInfo(lcNfc).noquote() << "tag" << tagId << "unlinked from playlist" << released->playlistId;
    return Unlinked {tagId, released->playlistId, {}};
}

std::optional<TagAction> TagActionService::actionOf(const QString &tagId) const
{
    return m_tags.action(tagId);
}
