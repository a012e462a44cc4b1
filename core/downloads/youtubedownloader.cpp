// SPDX-License-Identifier: GPL-3.0-or-later
#include "youtubedownloader.h"

#include "common/ids.h"
#include "downloadimporter.h"
#include "library/playlistservice.h"
#include "system/logging.h"
#include "ytdlp.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cmath>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype stderrTailBytes = 16 * 1024;
const QString cancelledMessage = u"cancelled"_s;

double rounded(double percent)
{
    return std::round(qBound(0.0, percent, 100.0) * 10.0) / 10.0;
}

} // namespace

YoutubeDownloader::YoutubeDownloader(Config config, PlaylistService &playlists, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_playlists(playlists)
    , m_importer(new DownloadImporter(playlists, this))
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
    m_purgeTimer.setInterval(qBound(1000, m_config.retentionSec * 250, 60000));
    connect(&m_purgeTimer, &QTimer::timeout, this, &YoutubeDownloader::purgeFinished);
    m_purgeTimer.start();
}

YoutubeDownloader::~YoutubeDownloader()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        signalGroup(SIGKILL);
        m_process->waitForFinished(2000); // shutdown only: the child must not outlive the box
    }
    if (!m_current.isEmpty())
        QDir(workDirFor(m_current)).removeRecursively();
}

bool YoutubeDownloader::isAvailable() const
{
    if (m_config.program.contains(u'/')) {
        const QFileInfo info(m_config.program);
        return info.isFile() && info.isExecutable();
    }
    return !QStandardPaths::findExecutable(m_config.program).isEmpty();
}

QString YoutubeDownloader::workDirFor(const QString &taskId) const
{
    return QDir(m_config.workDir).filePath(taskId);
}

void YoutubeDownloader::sweepLeftovers()
{
    QDir work(m_config.workDir);
    if (!work.exists())
        return;
    const QStringList entries
        = work.entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries) {
        const QString path = work.filePath(entry);
        if (QFileInfo(path).isDir() ? QDir(path).removeRecursively() : QFile::remove(path))
            qCInfo(lcDownload).noquote() << "removed download files left from a previous run:" << entry;
    }
}

Result<DownloadTask> YoutubeDownloader::enqueue(const QString &url, const std::optional<QString> &playlistId)
{
    if (const auto why = Ytdlp::urlRefusal(url))
        return ServiceError::validation(u"url"_s, *why);
    if (playlistId && !m_playlists.repository().find(*playlistId))
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      *playlistId);
    if (!isAvailable())
        return ServiceError {
            ErrorType::ServiceUnavailable,
            QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "yt-dlp is not installed or not executable (%1)"))
                .arg(m_config.program),
            {{u"service"_s, u"yt-dlp"_s}}};
    DownloadTask task;
    task.taskId = Ids::newUuid();
    task.url = url;
    task.playlistId = playlistId;
    task.currentStep = u"Waiting in the queue"_s;
    task.createdAt = QDateTime::currentDateTimeUtc();
    task.updatedAt = task.createdAt;
    m_tasks.insert(task.taskId, task);
    m_queue.append(task.taskId);
    qCInfo(lcDownload).noquote() << "download" << task.taskId << "queued:" << url;
    Q_EMIT taskChanged(task);
    // Started from the event loop, so the caller's answer (pending) goes out before any later state.
    QMetaObject::invokeMethod(this, &YoutubeDownloader::startNext, Qt::QueuedConnection);
    return task;
}

Result<DownloadTask> YoutubeDownloader::task(const QString &taskId) const
{
    const auto it = m_tasks.constFind(taskId);
    if (it == m_tasks.constEnd())
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "task")), taskId);
    return *it;
}

Result<DownloadTask> YoutubeDownloader::cancel(const QString &taskId)
{
    const auto it = m_tasks.find(taskId);
    if (it == m_tasks.end())
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "task")), taskId);
    if (it->isFinished())
        return ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the download has already ended")),
            {{u"status"_s, DownloadTask::statusName(it->status)}});
    if (taskId == m_current) {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            signalGroup(SIGTERM);
            m_killTimer.start(m_config.terminateGraceMs);
        } else {
            m_importer->cancel(taskId);
        }
    } else {
        m_queue.removeAll(taskId);
    }
    // The task ends now; the process or the import finishing later only cleans up.
    end(*it, cancelledMessage);
    return *it;
}

void YoutubeDownloader::cancelPlaylist(const QString &playlistId)
{
    const QList<DownloadTask> tasks = m_tasks.values();
    for (const DownloadTask &task : tasks) {
        if (task.playlistId == playlistId && !task.isFinished())
            cancel(task.taskId);
    }
}

int YoutubeDownloader::purgeFinished()
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-m_config.retentionSec);
    QStringList old;
    for (const DownloadTask &task : std::as_const(m_tasks)) {
        if (task.isFinished() && task.updatedAt < cutoff && task.taskId != m_current)
            old.append(task.taskId);
    }
    for (const QString &taskId : std::as_const(old))
        m_tasks.remove(taskId);
    return int(old.size());
}

void YoutubeDownloader::update(DownloadTask &task)
{
    task.updatedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT taskChanged(task);
}

void YoutubeDownloader::startNext()
{
    if (!m_current.isEmpty() || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    DownloadTask &task = m_tasks[m_current];
    const QString workDir = workDirFor(m_current);
    QDir(workDir).removeRecursively();
    if (!QDir().mkpath(workDir)) {
        end(task, QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create the download folder")));
        return;
    }
    task.status = DownloadTask::Status::Downloading;
    task.currentStep = u"Starting yt-dlp"_s;
    update(task);

    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_config.program);
    m_process->setArguments(Ytdlp::downloadArguments(workDir, task.url, m_config.audioFormat));
    m_process->setWorkingDirectory(workDir);
    // Its own process group, so a cancel also stops the ffmpeg children yt-dlp starts.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &YoutubeDownloader::readOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > stderrTailBytes)
            m_stderrTail = m_stderrTail.right(stderrTailBytes);
    });
    connect(m_process.get(), &QProcess::finished, this, &YoutubeDownloader::processFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processFailedToStart();
    });
    qCInfo(lcDownload).noquote() << "download" << m_current << "started";
    m_process->start();
}

void YoutubeDownloader::readOutput()
{
    m_stdoutBuffer += m_process->readAllStandardOutput();
    DownloadTask &task = m_tasks[m_current];
    qsizetype end;
    while ((end = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(end);
        m_stdoutBuffer.remove(0, end + 1);
        const std::optional<Ytdlp::Progress> progress = Ytdlp::parseProgressLine(line);
        if (!progress || task.isFinished())
            continue;
        if (progress->stage == Ytdlp::Progress::Stage::Download) {
            task.downloadedBytes = progress->downloadedBytes;
            task.totalBytes = progress->totalBytes;
            // The download is the first 90 %; conversion and import share the rest.
            if (progress->downloadedBytes && progress->totalBytes && *progress->totalBytes > 0)
                task.progress
                    = rounded(90.0 * double(*progress->downloadedBytes) / double(*progress->totalBytes));
            task.currentStep
                = progress->status == "finished"_L1 ? u"Download finished"_s : u"Downloading audio"_s;
        } else {
            task.progress = qMax(task.progress, 90.0);
            task.currentStep = progress->postprocessor == "SplitChapters"_L1 ? u"Splitting chapters"_s
                                                                             : u"Converting audio"_s;
        }
        update(task);
    }
}

void YoutubeDownloader::processFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    m_killTimer.stop();
    m_stderrTail += m_process->readAllStandardError();
    m_process.release()->deleteLater(); // we are inside its signal
    const QString taskId = m_current;
    DownloadTask &task = m_tasks[taskId];
    if (task.isFinished()) // cancelled while it ran
        return freeSlot(taskId);
    if (exitStatus != QProcess::NormalExit || exitCode != 0) {
        const QString summary = Ytdlp::errorSummary(m_stderrTail);
        end(task,
            summary.isEmpty()
                ? QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "yt-dlp failed (exit code %1)"))
                      .arg(exitCode)
                : QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "yt-dlp failed: %1")).arg(summary));
        return;
    }
    task.status = DownloadTask::Status::Processing;
    task.progress = qMax(task.progress, 95.0);
    task.currentStep = u"Adding to the playlist"_s;
    update(task);
    m_importer->start(taskId, workDirFor(taskId), task.playlistId,
                      [this, taskId](const Result<DownloadImporter::Outcome> &outcome) {
                          if (!outcome)
                              return imported(taskId, outcome.error(), {});
                          imported(taskId, outcome->tracks, outcome->playlistId);
                      });
}

void YoutubeDownloader::processFailedToStart()
{
    const QString why = m_process->errorString();
    m_process.release()->deleteLater();
    DownloadTask &task = m_tasks[m_current];
    if (!task.isFinished()) {
        end(task,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "yt-dlp could not be started: %1")).arg(why));
        return;
    }
    m_current.clear();
    QMetaObject::invokeMethod(this, &YoutubeDownloader::startNext, Qt::QueuedConnection);
}

void YoutubeDownloader::imported(const QString &taskId, const Result<QList<Track>> &tracks,
                                 const QString &playlistId)
{
    DownloadTask &task = m_tasks[taskId];
    if (task.isFinished()) // cancelled during the import
        return freeSlot(taskId);
    if (!tracks)
        return end(task, tracks.error().message);
    task.status = DownloadTask::Status::Complete;
    task.progress = 100.0;
    task.currentStep = u"Done"_s;
    task.playlistId = playlistId;
    task.tracks = *tracks;
    task.updatedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcDownload).noquote() << "download" << taskId << "complete:" << tracks->size() << "tracks";
    freeSlot(taskId);
    Q_EMIT taskCompleted(task);
}

void YoutubeDownloader::end(DownloadTask &task, const std::optional<QString> &error)
{
    task.status = DownloadTask::Status::Error;
    task.error = error;
    task.currentStep = error == cancelledMessage ? u"Cancelled"_s : u"Failed"_s;
    task.updatedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcDownload).noquote() << "download" << task.taskId << "ended:" << error.value_or(QString());
    // The running task keeps the slot until its process or import has really stopped.
    const bool stillRunning = task.taskId == m_current && (m_process || error == cancelledMessage);
    if (task.taskId == m_current && !stillRunning)
        freeSlot(task.taskId);
    Q_EMIT taskFailed(task);
}

void YoutubeDownloader::freeSlot(const QString &taskId)
{
    m_current.clear();
    QDir(workDirFor(taskId)).removeRecursively();
    QMetaObject::invokeMethod(this, &YoutubeDownloader::startNext, Qt::QueuedConnection);
}

void YoutubeDownloader::signalGroup(int signal)
{
    if (!m_process)
        return;
    const qint64 pid = m_process->processId();
    if (pid <= 0)
        return;
    if (::kill(pid_t(-pid), signal) != 0)
        ::kill(pid_t(pid), signal);
}
