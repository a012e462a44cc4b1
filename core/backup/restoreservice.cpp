// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoreservice.h"

#include "library/audioplacer.h"
#include "system/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

constexpr int minChunkSize = 65536;
constexpr qint64 spareBytes = 16 * 1024 * 1024;

} // namespace

RestoreService::RestoreService(Config config, RestoreJournal &journal, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_journal(journal)
    , m_clock(clock)
    , m_freeSpace([](const QString &path) { return AudioPlacer::availableBytes(path); })
{
    m_pool.setMaxThreadCount(1);
}

RestoreService::~RestoreService()
{
    m_pool.waitForDone();
}

void RestoreService::setFreeSpace(FreeSpace freeSpace)
{
    m_freeSpace = std::move(freeSpace);
}

QString RestoreService::archivePath() const
{
    return m_journal.restoreDir() + u"/upload.tar"_s;
}

void RestoreService::discard()
{
    m_session.reset();
    if (!m_journal.isCommitted())
        QDir(m_journal.restoreDir()).removeRecursively();
}

Result<UploadSession> RestoreService::init(const QString &fileName, qint64 fileSize,
                                           std::optional<int> chunkSize)
{
    if (m_staging || m_journal.isCommitted())
        return ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a restore is already being put in place")));
    const int chunk = chunkSize.value_or(m_config.chunkSize);
    if (chunk < minChunkSize || chunk > m_config.chunkSize)
        return ServiceError::validation(
            u"chunk_size"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "chunk_size must be from %1 to %2"))
                .arg(minChunkSize)
                .arg(m_config.chunkSize));
    discard(); // an upload that was left behind
    // The archive and its unpacked copy live side by side until the restart.
    const qint64 required = 2 * fileSize + spareBytes;
    const qint64 available = m_freeSpace(m_config.dataDir);
    if (available >= 0 && available < required)
        return ServiceError {ErrorType::InsufficientStorage,
                             QString::fromUtf8(QT_TRANSLATE_NOOP(
                                 "ServiceError", "not enough free disk space to restore this backup")),
                             {{u"required_bytes"_s, required}, {u"available_bytes"_s, available}}};
    QFile archive(archivePath());
    if (!QDir().mkpath(m_journal.restoreDir()) || !archive.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ServiceError::internal(
            u"restore"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create the restore folder")));

    const UploadSession session
        = UploadSession::begin(QString(), fileName, fileSize, chunk, m_clock.nowUtc(), m_config.ttlSec);
    m_session = session;
    qCInfo(lcUpload).noquote() << "restore upload" << session.sessionId << "of" << fileSize
                               << "bytes started";
    return session;
}

Result<UploadSession *> RestoreService::find(const QString &sessionId)
{
    if (!m_session || m_session->sessionId != sessionId)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "upload_session")),
                                      sessionId);
    if (m_session->status == UploadSession::Status::InProgress && m_session->expiresAt() < m_clock.nowUtc()) {
        discard();
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "upload_session")),
                                      sessionId);
    }
    return &*m_session;
}

Result<UploadSession> RestoreService::session(const QString &sessionId) const
{
    if (!m_session || m_session->sessionId != sessionId)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "upload_session")),
                                      sessionId);
    return *m_session;
}

Result<UploadChunkResult> RestoreService::putChunk(const QString &sessionId, int index, QByteArrayView data)
{
    const Result<UploadSession *> found = find(sessionId);
    if (!found)
        return found.error();
    UploadSession &session = **found;
    if (m_staging)
        return ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the archive is being checked")));
    if (const std::optional<ServiceError> problem = session.chunkProblem(index, data.size()))
        return *problem;
    session.lastActivity = m_clock.nowUtc();
    if (session.received.at(index))
        return UploadChunkResult {session, index, data.size(), true};
    // Chunks go straight to their place in the archive: nothing to assemble, and a chunk sent again only
    // writes the same bytes again.
    QFile archive(archivePath());
    const bool written = archive.open(QIODevice::ReadWrite) && archive.seek(qint64(index) * session.chunkSize)
        && archive.write(data.data(), data.size()) == data.size() && archive.flush();
    if (!written)
        return ServiceError {
            ErrorType::InsufficientStorage,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the chunk could not be stored: %1"))
                .arg(archive.errorString()),
            {}};
    session.markReceived(index);
    return UploadChunkResult {session, index, data.size(), false};
}

Result<UploadSession> RestoreService::cancel(const QString &sessionId)
{
    const Result<UploadSession *> found = find(sessionId);
    if (!found)
        return found.error();
    if (m_staging)
        return ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the archive is being checked")));
    UploadSession session = **found;
    session.status = UploadSession::Status::Cancelled;
    discard();
    qCInfo(lcUpload).noquote() << "restore upload" << sessionId << "cancelled";
    return session;
}

void RestoreService::restore(const QString &sessionId, Finished done)
{
    const Result<UploadSession *> found = find(sessionId);
    if (!found)
        return done(found.error());
    UploadSession &session = **found;
    if (m_staging || session.status != UploadSession::Status::InProgress)
        return done(ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "this restore is already under way"))));
    if (!session.isComplete()) {
        QJsonArray missing;
        for (int index : session.missingChunks())
            missing.append(index);
        return done(
            ServiceError::conflict(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "chunks are missing")),
                                   {{u"missing_chunks"_s, missing}}));
    }
    m_staging = true;
    const QString archive = archivePath();
    const QString stagedDir = m_journal.stagedDir();
    const int newestSchema = m_config.newestSchema;
    QPointer<RestoreService> self(this);
    m_pool.start([self, archive, stagedDir, newestSchema, done] {
        const Result<RestoreStager::Summary> result = RestoreStager::stage(archive, stagedDir, newestSchema);
        QMetaObject::invokeMethod(
            self, [self, result, done] { self->staged(result, done); }, Qt::QueuedConnection);
    });
}

void RestoreService::staged(const Result<RestoreStager::Summary> &result, const Finished &done)
{
    m_staging = false;
    if (!result) {
        qCWarning(lcUpload).noquote() << "restore refused:" << result.error().message;
        discard();
        return done(result.error());
    }
    QFile::remove(archivePath()); // unpacked: the space goes back before the restart
    if (const Status committed = m_journal.commit(); !committed) {
        discard();
        return done(committed.error());
    }
    m_session->status = UploadSession::Status::Completed;
    qCInfo(lcUpload).noquote() << "restore committed:" << result->playlists << "playlists," << result->tracks
                               << "tracks from the backup of" << result->createdAt;
    done(result);
    Q_EMIT committed(*result);
}
