// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playlist.h"
#include "resumepointrepository.h"

#include <QJsonObject>

#include <optional>

// One thing in the trash (PROTOCOL.md §3 TrashEntry): a deleted playlist with its tracks, tag link and resume
// point, or tracks deleted from a playlist. A plain value holding every row needed to put it back; its files
// wait in the trash folder under its id.
struct TrashEntry
{
    enum class Kind { Playlist, Tracks };

    QString id;
    Kind kind = Kind::Playlist;
    // Playlist: the playlist as it was, its tracks included. Tracks: the playlist they came from (id, title,
    // folder), without tracks.
    Playlist playlist;
    QList<Track> tracks; // what is kept; for a playlist, its tracks
    std::optional<ResumePointRepository::ResumePoint> resumePoint; // a playlist's
    QString deletedAt; // ISO UTC

    QString kindName() const;
    static std::optional<Kind> kindFromName(const QString &name);

    // The rows as stored in trash_entries.content, and back.
    QJsonObject contentJson() const;
    static std::optional<TrashEntry> fromStored(const QString &id, const QString &kind,
                                                const QString &deletedAt, const QJsonObject &content);

    // The wire form; it expires retentionDays after deletedAt.
    QJsonObject toJson(int retentionDays) const;
    QString expiresAt(int retentionDays) const;
};
