// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadservice.h"

#include "common/ids.h"
#include "library/filenamepolicy.h"
#include "library/playlistservice.h"
#include "system/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QSaveFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

std::optional<QString> nonEmpty(const std::optional<QString> &value)
{
    if (value && !value->trimmed().isEmpty())
        return value->trimmed();
    return std::nullopt;
}

} // namespace

UploadService::UploadService(Config config, PlaylistService &playlists, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_playlists(playlists)
    , m_clock(clock)
    , m_freeSpace([](const QString &path) { return AudioPlacer::availableBytes(path); })
{
    // One assembly at a time: they are disk-bound, and parallel ones would only compete for the same disk.
    m_pool.setMaxThreadCount(1);
    m_sweepTimer.setInterval(qBound(1000, m_config.ttlSec * 250, 60000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &UploadService::sweepExpired);
    m_sweepTimer.start();
}

UploadService::~UploadService()
{
    for (const Pending &pending : std::as_const(m_pending))
        pending.cancelled->store(true);
    m_pool.waitForDone();
}

void UploadService::setFreeSpace(FreeSpace freeSpace)
{
    m_freeSpace = std::move(freeSpace);
}

void UploadService::sweepLeftovers()
{
    QDir staging(m_config.stagingDir);
    if (staging.exists()) {
        const QStringList entries = staging.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &entry : entries) {
            const QString path = staging.filePath(entry);
            const bool removed
                = QFileInfo(path).isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
            if (removed)
                qCInfo(lcUpload).noquote() << "removed upload staging left from a previous run:" << entry;
        }
    }
    // On a worker thread: walking every folder of a large library held the box's first answer back (about
    // 50 ms for 1000 folders). Nothing waits for it: the library never lists a partial (a dot-file), and one
    // this run writes is newer than the sweep and kept.
    (void)QtConcurrent::run(
        [musicDir = m_playlists.repository().musicDir(), startedAt = QDateTime::currentDateTimeUtc()] {
            AudioPlacer::removePartials(musicDir, startedAt);
        });
}

ServiceError UploadService::noSpace(qint64 required, qint64 available) const
{
    return {ErrorType::InsufficientStorage,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "not enough free disk space")),
            {{u"required_bytes"_s, required}, {u"available_bytes"_s, qMax<qint64>(0, available)}}};
}

Result<UploadSession> UploadService::init(const QString &playlistId, const QString &requestedName,
                                          qint64 fileSize, std::optional<int> chunkSize,
                                          std::optional<QString> fileHash)
{
    if (!m_playlists.repository().find(playlistId))
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    const QString name = FileNamePolicy::baseName(requestedName);
    if (const auto why = FileNamePolicy::refusal(name, m_config.allowedExtensions))
        return ServiceError::validation(u"filename"_s, *why);
    if (fileSize < 1)
        return ServiceError::validation(
            u"file_size"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "file_size must be at least 1")));
    const int chunk = chunkSize.value_or(m_config.chunkSize);
    if (chunk < minChunkSize || chunk > m_config.chunkSize)
        return ServiceError::validation(
            u"chunk_size"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "chunk_size must be from %1 to %2"))
                .arg(minChunkSize)
                .arg(m_config.chunkSize));
    if (fileSize > m_config.maxFileBytes)
        return ServiceError {
            ErrorType::PayloadTooLarge,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the file is larger than %1 bytes"))
                .arg(m_config.maxFileBytes),
            {{u"max_bytes"_s, m_config.maxFileBytes}}};
    // Room for the chunks and for the assembled copy, which exist side by side until the end.
    const qint64 available = m_freeSpace(m_config.stagingDir);
    if (available >= 0 && available < 2 * fileSize)
        return noSpace(2 * fileSize, available);

    UploadSession session = UploadSession::begin(playlistId, FileNamePolicy::storable(name), fileSize, chunk,
                                                 m_clock.nowUtc(), m_config.ttlSec);
    session.fileHash = fileHash;
    if (!QDir().mkpath(sessionDir(session.sessionId)))
        return ServiceError::internal(
            u"upload_init"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create the upload staging folder")));
    m_sessions.insert(session.sessionId, session);
    qCInfo(lcUpload).noquote() << "upload" << session.sessionId << "started:" << session.fileName << fileSize
                               << "bytes in" << session.totalChunks << "chunks";
    return session;
}

Result<UploadSession *> UploadService::find(const QString &playlistId, const QString &sessionId)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end() || it->playlistId != playlistId)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "upload_session")),
                                      sessionId);
    return &*it;
}

Result<UploadSession> UploadService::session(const QString &playlistId, const QString &sessionId) const
{
    const auto it = m_sessions.constFind(sessionId);
    if (it == m_sessions.constEnd() || it->playlistId != playlistId)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "upload_session")),
                                      sessionId);
    return *it;
}

Result<UploadService::ChunkResult>
UploadService::putChunk(const QString &playlistId, const QString &sessionId, int index, QByteArrayView data)
{
    const Result<UploadSession *> found = find(playlistId, sessionId);
    if (!found)
        return found.error();
    UploadSession &session = **found;
    if (const std::optional<ServiceError> problem = session.chunkProblem(index, data.size()))
        return *problem;
    const qint64 expected = data.size();
    session.lastActivity = m_clock.nowUtc();
    if (session.received.at(index))
        return ChunkResult {session, index, expected, true};

    const qint64 available = m_freeSpace(m_config.stagingDir);
    if (available >= 0 && available < expected)
        return noSpace(expected, available);
    // QSaveFile writes beside the target and renames on commit: a chunk is either whole or absent.
    QSaveFile file(chunkPath(sessionId, index));
    file.setDirectWriteFallback(false);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.write(data.data(), data.size()) == data.size() && file.commit();
    if (!written) {
        file.cancelWriting();
        const qint64 free = m_freeSpace(m_config.stagingDir);
        if (free >= 0 && free < expected)
            return noSpace(expected, free);
        return ServiceError::internal(
            u"upload_chunk"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot store the chunk: %1"))
                .arg(file.errorString()));
    }
    session.markReceived(index);
    Q_EMIT chunkStored(session, index);
    return ChunkResult {session, index, expected, false};
}

Result<UploadSession> UploadService::cancel(const QString &playlistId, const QString &sessionId)
{
    const Result<UploadSession *> found = find(playlistId, sessionId);
    if (!found)
        return found.error();
    UploadSession &session = **found;
    if (session.status == UploadSession::Status::Cancelled)
        return session;
    if (session.status != UploadSession::Status::InProgress)
        return ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the upload is already %1"))
                .arg(UploadSession::statusName(session.status)),
            {{u"status"_s, UploadSession::statusName(session.status)}});
    markCancelled(session);
    return session;
}

void UploadService::markCancelled(UploadSession &session)
{
    session.status = UploadSession::Status::Cancelled;
    session.errorMessage = QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the upload was cancelled"));
    session.lastActivity = m_clock.nowUtc();
    const auto pending = m_pending.constFind(session.sessionId);
    if (pending != m_pending.constEnd())
        pending->cancelled->store(true); // the worker stops; placed() cleans up what it made
    else
        removeStaging(session.sessionId);
    qCInfo(lcUpload).noquote() << "upload" << session.sessionId << "cancelled";
    Q_EMIT uploadFailed(session, u"cancelled"_s, *session.errorMessage);
}

void UploadService::cancelPlaylist(const QString &playlistId)
{
    QStringList gone;
    for (UploadSession &session : m_sessions) {
        if (session.playlistId != playlistId)
            continue;
        if (session.status == UploadSession::Status::InProgress)
            markCancelled(session);
        if (!m_pending.contains(session.sessionId))
            gone.append(session.sessionId);
    }
    for (const QString &sessionId : std::as_const(gone))
        m_sessions.remove(sessionId);
}

int UploadService::sweepExpired()
{
    const QDateTime now = m_clock.nowUtc();
    QStringList expired;
    for (const UploadSession &session : std::as_const(m_sessions)) {
        if (session.expiresAt() <= now && !m_pending.contains(session.sessionId))
            expired.append(session.sessionId);
    }
    for (const QString &sessionId : std::as_const(expired)) {
        qCInfo(lcUpload).noquote() << "upload" << sessionId << "expired";
        removeStaging(sessionId);
        m_sessions.remove(sessionId);
    }
    return int(expired.size());
}

void UploadService::finalize(const QString &playlistId, const QString &sessionId,
                             const MetadataOverride &metadata, FinalizeCallback done)
{
    const Result<UploadSession *> found = find(playlistId, sessionId);
    if (!found)
        return done(found.error());
    UploadSession &session = **found;
    if (session.status == UploadSession::Status::Completed)
        return done(session); // a repeated finalize: the same answer, no events
    if (session.status != UploadSession::Status::InProgress)
        return done(
            ServiceError::conflict(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the upload is %1"))
                                       .arg(UploadSession::statusName(session.status)),
                                   {{u"status"_s, UploadSession::statusName(session.status)}}));
    if (m_pending.contains(sessionId)) {
        m_pending[sessionId].callbacks.append(std::move(done));
        return;
    }
    // §6.5 step 1: every chunk is there.
    const QList<int> missing = session.missingChunks();
    if (!missing.isEmpty()) {
        QJsonArray list;
        for (int index : missing)
            list.append(index);
        return done(ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 chunks are missing")).arg(missing.size()),
            {{u"missing_chunks"_s, list}}));
    }
    const std::optional<Playlist> playlist = m_playlists.repository().find(playlistId);
    if (!playlist)
        return done(ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                           playlistId));
    session.lastActivity = m_clock.nowUtc();

    // Step 2: room for the assembled file.
    const QString folder = m_playlists.folderPath(*playlist);
    const qint64 available = m_freeSpace(folder);
    if (available >= 0 && available < session.fileSize) {
        const ServiceError error = noSpace(session.fileSize, available);
        fail(session, error);
        return done(error);
    }

    // Steps 3-4 on the worker: assemble, check the size, probe; step 5 (the name, with the row) in placed().
    AudioPlacer::Job job;
    for (int i = 0; i < session.totalChunks; ++i)
        job.sources.append(chunkPath(sessionId, i));
    job.expectedBytes = session.fileSize;
    job.folder = folder;
    job.fileName = session.fileName;
    job.token = sessionId;
    if (session.fileHash) {
        if (const auto hash = AudioPlacer::parseHash(*session.fileHash)) {
            job.hashAlgorithm = hash->first;
            job.expectedHash = hash->second;
        }
    }
    Pending pending {{std::move(done)}, metadata, std::make_shared<std::atomic_bool>(false)};
    const std::shared_ptr<std::atomic_bool> cancelled = pending.cancelled;
    m_pending.insert(sessionId, std::move(pending));

    auto *watcher = new QFutureWatcher<Result<AudioPlacer::Placed>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, sessionId] {
        watcher->deleteLater();
        placed(sessionId, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [job, cancelled] { return AudioPlacer::place(job, *cancelled); }));
}

void UploadService::placed(const QString &sessionId, const Result<AudioPlacer::Placed> &result)
{
    const Pending pending = m_pending.take(sessionId);
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end() || it->status == UploadSession::Status::Cancelled) {
        // Cancelled while the worker ran: whatever it produced goes, and the cancel already told everyone.
        if (result)
            QFile::remove(result->filePath);
        removeStaging(sessionId);
        if (it != m_sessions.end() && !m_playlists.repository().find(it->playlistId))
            m_sessions.erase(it);
        for (const FinalizeCallback &callback : pending.callbacks)
            callback(ServiceError::conflict(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the upload was cancelled")),
                {{u"status"_s, u"cancelled"_s}}));
        Q_EMIT finalizeFinished(sessionId, false);
        return;
    }
    UploadSession &session = *it;
    if (!result) {
        fail(session, result.error());
        for (const FinalizeCallback &callback : pending.callbacks)
            callback(result.error());
        Q_EMIT finalizeFinished(sessionId, false);
        return;
    }

    // Step 6: the track row; the title comes from the override, else the tag, else the file stem.
    const MetadataReader::AudioMetadata &tags = result->metadata;
    PlaylistRepository::NewTrack track;
    track.title
        = nonEmpty(pending.metadata.title)
              .value_or(nonEmpty(tags.title).value_or(QFileInfo(session.fileName).completeBaseName()));
    track.filename = result->fileName;
    track.durationMs = tags.durationMs;
    track.artist = nonEmpty(pending.metadata.artist) ? pending.metadata.artist : nonEmpty(tags.artist);
    track.album = nonEmpty(pending.metadata.album) ? pending.metadata.album : nonEmpty(tags.album);
    track.hasCover = tags.hasCover;
    const Result<Track> imported = m_playlists.importTrack(
        session.playlistId, track, result->filePath,
        [this, &session](const Track &added) { Q_EMIT uploadCompleted(session, added); });
    if (!imported) {
        QFile::remove(result->filePath);
        fail(session, imported.error());
        for (const FinalizeCallback &callback : pending.callbacks)
            callback(imported.error());
        Q_EMIT finalizeFinished(sessionId, false);
        return;
    }
    session.status = UploadSession::Status::Completed;
    session.track = *imported;
    session.lastActivity = m_clock.nowUtc();
    removeStaging(sessionId);
    qCInfo(lcUpload).noquote() << "upload" << sessionId << "completed as" << imported->filePath;
    const UploadSession done = session;
    for (const FinalizeCallback &callback : pending.callbacks)
        callback(done);
    Q_EMIT finalizeFinished(sessionId, true);
}

void UploadService::fail(UploadSession &session, const ServiceError &error)
{
    session.status = UploadSession::Status::Failed;
    session.errorMessage = error.message;
    session.lastActivity = m_clock.nowUtc();
    removeStaging(session.sessionId);
    qCWarning(lcUpload).noquote() << "upload" << session.sessionId << "failed:" << error.message;
    Q_EMIT uploadFailed(session, errorTypeName(error.type), error.message);
}

QString UploadService::sessionDir(const QString &sessionId) const
{
    return QDir(m_config.stagingDir).filePath(sessionId);
}

QString UploadService::chunkPath(const QString &sessionId, int index) const
{
    return QDir(sessionDir(sessionId)).filePath(QString::number(index) + u".chunk"_s);
}

void UploadService::removeStaging(const QString &sessionId)
{
    QDir(sessionDir(sessionId)).removeRecursively();
}
