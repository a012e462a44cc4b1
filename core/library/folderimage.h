// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The picture a playlist folder carries for itself: cover.jpg, cover.jpeg, cover.png, then the same as
// folder.*, names compared case-insensitively (Cover.JPG counts).
namespace FolderImage {
bool isFolderImageName(const QString &fileName);
// The path of the folder's image, empty when it has none.
QString find(const QString &folderPath);
} // namespace FolderImage
