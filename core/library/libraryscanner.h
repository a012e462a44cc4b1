// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metadatareader.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <optional>

// What the music folder holds, read on a worker thread for LibrarySync: one entry per playlist folder with
// its audio files in file-name order, and the metadata of the files the database does not know yet. It never
// touches the database, so it is safe off the main thread.
class LibraryScanner
{
public:
    struct File
    {
        QString name;
        bool probed = false; // metadata was read (the file was unknown to the database)
        std::optional<MetadataReader::AudioMetadata> metadata; // nullopt after probing: unreadable
    };

    struct Folder
    {
        QString name;
        QList<File> files; // audio files only, in natural file-name order
    };

    struct Scan
    {
        bool musicDirReadable = false; // false: nothing on disk may be taken as vanished
        QList<Folder> folders;
        int unreadableFiles = 0;
    };

    using Known = QHash<QString, QSet<QString>>; // folder -> file names the database already has

    static Scan scan(const QString &musicDir, const Known &known,
                     const std::atomic<bool> *cancelled = nullptr);

    // Hidden entries and partial writes (".x", "x.part", "x.tmp") are never library content.
    static bool isIgnoredName(const QString &name);
    // "2 a" before "10 a": digit runs compare by value.
    static bool naturalLess(const QString &left, const QString &right);
    // "01 - Twinkle_Little_Star.wav" -> "Twinkle Little Star"; never empty.
    static QString titleFromFileName(const QString &fileName);
    // A folder name made fit for a playlist title: no control characters, trimmed, at most 255 characters.
    static QString titleFromFolderName(const QString &folderName);
};
