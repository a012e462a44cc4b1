// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class PlaylistRepository;

// What a playlist's folder under <data-dir>/music is called: the title made safe on every file system, and
// made unique with " (2)", " (3)", ... against the folders on disk and in the database.
namespace PlaylistFolders {

QString nameFor(const QString &title);
// `ignoreFolder` is the playlist's own folder when it is renamed.
QString unique(const PlaylistRepository &repository, const QString &title, const QString &ignoreFolder = {});

} // namespace PlaylistFolders
