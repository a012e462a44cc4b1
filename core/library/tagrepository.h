// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tagaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// What the parents know about their linked tags: the playlist each starts (from tag_associations, owned by
// PlaylistRepository) or the action it performs (tag_actions, owned here), the name they gave it and when it
// was last placed (tag_names, owned here).
class TagRepository
{
public:
    struct LinkedTag
    {
        QString tagId;
        QString name; // empty until a parent names it
        QString playlistId; // empty for an action card
        QString playlistTitle;
        QString action; // the action card's action; empty for a playlist's tag
        QString linkedAt; // ISO UTC
        QString lastUsedAt; // ISO UTC; empty when never placed since it was named or linked
    };

    explicit TagRepository(Database &database);

    // Every linked tag, named ones first by name, then by playlist title (an action card: its action).
    Result<QList<LinkedTag>> linked() const;
    std::optional<LinkedTag> find(const QString &tagId) const;
    // Not found when the tag is not linked to a playlist or an action. An empty name clears it.
    Result<LinkedTag> rename(const QString &tagId, const QString &name);
    // Records a placement of a linked tag; an unknown tag is ignored.
    Status markUsed(const QString &tagId, const QDateTime &when);

    // Action cards. The caller releases a playlist's tag first (a tag is one or the other).
    Status setAction(const QString &tagId, TagAction action, const QDateTime &when);
    std::optional<TagAction> action(const QString &tagId) const;
    // False when the tag was not an action card.
    Result<bool> removeAction(const QString &tagId);

private:
    Result<QList<LinkedTag>> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
};
