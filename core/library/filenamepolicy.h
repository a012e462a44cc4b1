// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// What an audio file may be called in a playlist folder (PROTOCOL.md §6.5): the base name of what the client
// sent, checked (length, no control characters, an allowed extension), made safe to store (no leading dot,
// at most 255 bytes on disk), and made unique with `stem-2.ext`, `stem-3.ext`, ... Pure functions.
class FileNamePolicy
{
public:
    static constexpr int maxNameBytes = 255; // NAME_MAX of ext4 and most Linux file systems

    // The part after the last '/' or '\'.
    static QString baseName(const QString &requested);
    // Why `name` (a base name) is refused for an upload, or nullopt when it is acceptable.
    static std::optional<QString> refusal(const QString &name, const QStringList &allowedExtensions);
    // The lower-case extension without the dot ("" when there is none).
    static QString extension(const QString &name);
    // A name that is safe on disk: control characters and separators replaced, leading dots and spaces
    // removed, the stem shortened so the whole name fits in maxNameBytes - reserveBytes of UTF-8.
    static QString storable(const QString &name, int reserveBytes = 8);
    // A file name made from a human title (downloads): storable(title + "." + extension).
    static QString fromTitle(const QString &title, const QString &extension);
    // `name`, or the first of `stem-2.ext`, `stem-3.ext`, ... for which `isTaken` is false.
    static QString unique(const QString &name, const std::function<bool(const QString &)> &isTaken);
};
