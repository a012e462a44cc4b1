// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "library/metadatareader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <utility>

// Prepares a new audio file in a playlist folder so that nobody ever sees half of it (PROTOCOL.md §6.5 steps
// 3-4): the sources are written into a hidden temporary file in that folder, checked for size, flushed to
// disk and probed with TagLib. PlaylistService::importTrack then gives it its name together with its row.
// Runs on a worker thread; everything it needs is in the Job.
class AudioPlacer
{
public:
    struct Job
    {
        QStringList sources; // concatenated in this order
        qint64 expectedBytes = -1; // -1: no size check
        QString folder; // the playlist folder (created if missing)
        QString fileName; // the wanted name, already storable (FileNamePolicy)
        QString token; // unique per job; names the temporary file
        QCryptographicHash::Algorithm hashAlgorithm = QCryptographicHash::Sha256;
        QByteArray expectedHash; // lower-case hex of the whole file; empty: not checked
    };

    struct Placed
    {
        QString fileName; // the wanted name (Job::fileName)
        QString filePath; // the hidden prepared file
        MetadataReader::AudioMetadata metadata;
    };

    // A cancelled job gives a Conflict error with details.reason = "cancelled"; unreadable audio a
    // Validation error on field "file" (a wrong hash: on "file_hash"); a full disk InsufficientStorage.
    // Nothing is left behind on failure.
    static Result<Placed> place(const Job &job, const std::atomic_bool &cancelled);

    // The temporary name of a job: hidden, so the library never lists it, and with the real extension,
    // because TagLib chooses its parser by extension.
    static QString partialName(const QString &token, const QString &extension);
    static bool isPartialName(const QString &fileName);
    // Deletes the temporary files a killed process left in the playlist folders under musicDir: those last
    // written before `writtenBefore` (a partial of the running process is newer and is kept).
    static int removePartials(const QString &musicDir, const QDateTime &writtenBefore);

    static qint64 availableBytes(const QString &path);
    // A client's file_hash: "sha256:<hex>", or bare hex whose length names the algorithm (SHA-256, SHA-1,
    // MD5). Its format is not fixed by the protocol, so anything else is nullopt (kept, not checked).
    static std::optional<std::pair<QCryptographicHash::Algorithm, QByteArray>> parseHash(const QString &text);
};
