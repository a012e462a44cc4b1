// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// The revision every change of a playlist moves: playlist_seq and updated_at together (what the cached
// list JSON is keyed by, docs/ARCHITECTURE.md "The playlist list").
namespace PlaylistRevision {
QString now(); // updated_at of a change: ISO UTC
bool bump(const QSqlDatabase &db, const QString &playlistId);
} // namespace PlaylistRevision
