// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "restorejournal.h"
#include "restorestager.h"
#include "uploads/uploadsession.h"

#include <QByteArrayView>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

// POST /api/system/restore (PROTOCOL.md §4.9): a backup archive arrives in chunks like any upload, into
// <data-dir>/restore/upload.tar; the restore stages and checks it on a worker thread, commits it
// (RestoreJournal) and asks for the restart that puts it in place. One restore at a time: a new session
// replaces one that is still uploading. A bad archive changes nothing.
class RestoreService : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString dataDir;
        int chunkSize = 1048576; // default and largest
        int ttlSec = 3600;
        int newestSchema = 0; // Database::schemaVersion
    };

    using FreeSpace = std::function<qint64(const QString &path)>;
    using Finished = std::function<void(const Result<RestoreStager::Summary> &)>;

    RestoreService(Config config, RestoreJournal &journal, const Clock &clock, QObject *parent = nullptr);
    ~RestoreService() override;

    void setFreeSpace(FreeSpace freeSpace);

    Result<UploadSession> init(const QString &fileName, qint64 fileSize, std::optional<int> chunkSize);
    Result<UploadChunkResult> putChunk(const QString &sessionId, int index, QByteArrayView data);
    Result<UploadSession> session(const QString &sessionId) const;
    Result<UploadSession> cancel(const QString &sessionId);
    // Answers through `done`, later: what was restored, or why the archive was refused.
    void restore(const QString &sessionId, Finished done);

Q_SIGNALS:
    // The restore is committed: the box must restart to put it in place.
    void committed(const RestoreStager::Summary &summary);

private:
    Result<UploadSession *> find(const QString &sessionId);
    QString archivePath() const;
    void discard();
    void staged(const Result<RestoreStager::Summary> &result, const Finished &done);

    Config m_config;
    RestoreJournal &m_journal;
    const Clock &m_clock;
    FreeSpace m_freeSpace;
    std::optional<UploadSession> m_session;
    bool m_staging = false;
    QThreadPool m_pool;
};
