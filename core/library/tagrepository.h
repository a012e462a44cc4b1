// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// What the parents know about their linked tags: the playlist each starts (from tag_associations, owned by
// PlaylistRepository), the name they gave it and when it was last placed (tag_names, owned here).
class TagRepository
{
public:
    struct LinkedTag
    {
        QString tagId;
        QString name; // empty until a parent names it
        QString playlistId;
        QString playlistTitle;
        QString linkedAt; // ISO UTC
        QString lastUsedAt; // ISO UTC; empty when never placed since it was named or linked
    };

    explicit TagRepository(Database &database);

    // Every linked tag, named ones first by name, then by playlist title.
    Result<QList<LinkedTag>> linked() const;
    // Not found when the tag is not linked to a playlist. An empty name clears it.
    Result<LinkedTag> rename(const QString &tagId, const QString &name);
    // Records a placement of a linked tag; an unknown tag is ignored.
    Status markUsed(const QString &tagId, const QDateTime &when);

private:
    Result<QList<LinkedTag>> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
};
