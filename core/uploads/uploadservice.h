// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "library/audioplacer.h"
#include "uploadsession.h"

#include <QByteArrayView>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

class PlaylistService;

// Chunked uploads (PROTOCOL.md §4.2, §6.5): sessions live in memory, chunks go to
// <data-dir>/uploads/<session>/ as they arrive (so memory stays flat), and finalize assembles, verifies and
// places the file on a worker thread before the track is imported. Says what happened with signals
// (UploadNotifier turns them into upload:* events). A session expires TTL seconds after its last activity and
// is swept with its data.
class UploadService : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString stagingDir; // <data-dir>/uploads
        qint64 maxFileBytes = 104857600;
        int chunkSize = 1048576; // default and largest
        int ttlSec = 3600;
        QStringList allowedExtensions;
    };

    struct MetadataOverride
    {
        std::optional<QString> title;
        std::optional<QString> artist;
        std::optional<QString> album;
    };

    using ChunkResult = UploadChunkResult;

    using FreeSpace = std::function<qint64(const QString &path)>;
    using FinalizeCallback = std::function<void(const Result<UploadSession> &)>;

    static constexpr int minChunkSize = 65536;

    UploadService(Config config, PlaylistService &playlists, const Clock &clock, QObject *parent = nullptr);
    ~UploadService() override;

    // Tests inject the disk space; production asks QStorageInfo.
    void setFreeSpace(FreeSpace freeSpace);

    // At start: sessions do not survive a restart, so all staging goes, and then, on a worker thread, every
    // temporary file an interrupted assembly left in a playlist folder.
    void sweepLeftovers();

    Result<UploadSession> init(const QString &playlistId, const QString &requestedName, qint64 fileSize,
                               std::optional<int> chunkSize, std::optional<QString> fileHash);
    // `data` is the chunk's bytes; a size problem is reported before anything is written.
    Result<ChunkResult> putChunk(const QString &playlistId, const QString &sessionId, int index,
                                 QByteArrayView data);
    Result<UploadSession> session(const QString &playlistId, const QString &sessionId) const;
    Result<UploadSession> cancel(const QString &playlistId, const QString &sessionId);
    // Answers through `done`, later, from the event loop: the completed session, or why it failed.
    void finalize(const QString &playlistId, const QString &sessionId, const MetadataOverride &metadata,
                  FinalizeCallback done);

    // A playlist is being deleted: its uploads are cancelled (upload:error each) and forgotten.
    void cancelPlaylist(const QString &playlistId);
    // Removes sessions idle for longer than the TTL, with their data; returns how many.
    int sweepExpired();

    int sessionCount() const { return int(m_sessions.size()); }

Q_SIGNALS:
    // What the clients hear about (UploadNotifier): a chunk was stored; the upload became a track (emitted
    // before the library announces the track); it failed or was cancelled, with the protocol's error type.
    void chunkStored(const UploadSession &session, int chunkIndex);
    void uploadCompleted(const UploadSession &session, const Track &track);
    void uploadFailed(const UploadSession &session, const QString &errorType, const QString &message);
    // A finalize ended (completed, failed or cancelled); for observers such as tests and benchmarks.
    void finalizeFinished(const QString &sessionId, bool success);

private:
    struct Pending
    {
        QList<FinalizeCallback> callbacks;
        MetadataOverride metadata;
        std::shared_ptr<std::atomic_bool> cancelled;
    };

    Result<UploadSession *> find(const QString &playlistId, const QString &sessionId);
    QString sessionDir(const QString &sessionId) const;
    QString chunkPath(const QString &sessionId, int index) const;
    void removeStaging(const QString &sessionId);
    void fail(UploadSession &session, const ServiceError &error);
    void markCancelled(UploadSession &session);
    void placed(const QString &sessionId, const Result<AudioPlacer::Placed> &result);
    ServiceError noSpace(qint64 required, qint64 available) const;

    Config m_config;
    PlaylistService &m_playlists;
    const Clock &m_clock;
    FreeSpace m_freeSpace;
    QHash<QString, UploadSession> m_sessions;
    QHash<QString, Pending> m_pending; // sessions being finalized
    QThreadPool m_pool;
    QTimer m_sweepTimer;
};
