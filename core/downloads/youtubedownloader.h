// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "downloadtask.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <memory>

class DownloadImporter;
class PlaylistService;

// YouTube downloads (PROTOCOL.md §4.5, §6.6): a FIFO queue that runs one yt-dlp process at a time (argument
// list, URL after "--"), follows its machine-readable progress lines, hands the result to DownloadImporter,
// and keeps finished tasks for an hour. Every change is a signal; DownloadNotifier turns them into events.
class YoutubeDownloader : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString program = QStringLiteral("yt-dlp"); // YTDLP_PATH: a name on PATH or a path
        QString workDir; // <data-dir>/downloads: one folder per running task
        int retentionSec = 3600;
        QString audioFormat = QStringLiteral("mp3");
        int terminateGraceMs = 3000; // SIGTERM, then SIGKILL
    };

    YoutubeDownloader(Config config, PlaylistService &playlists, QObject *parent = nullptr);
    ~YoutubeDownloader() override;

    bool isAvailable() const;
    // Queues a download: 422 for a refused URL, 404 for an unknown playlist, 503 when yt-dlp is missing.
    Result<DownloadTask> enqueue(const QString &url, const std::optional<QString> &playlistId);
    Result<DownloadTask> task(const QString &taskId) const;
    // Stops a pending or running task; it ends as an error "cancelled". An ended task answers 409.
    Result<DownloadTask> cancel(const QString &taskId);
    // A playlist is being deleted: the downloads into it are cancelled.
    void cancelPlaylist(const QString &playlistId);

    // At start: work folders of a previous run are incomplete by definition.
    void sweepLeftovers();
    // Forgets tasks that ended more than the retention time ago; returns how many.
    int purgeFinished();

Q_SIGNALS:
    void taskChanged(const DownloadTask &task); // status or progress
    void taskCompleted(const DownloadTask &task);
    void taskFailed(const DownloadTask &task);

private:
    void startNext();
    void readOutput();
    void processFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void processFailedToStart();
    void imported(const QString &taskId, const Result<QList<Track>> &tracks, const QString &playlistId);
    void end(DownloadTask &task, const std::optional<QString> &error);
    // The running task is over: its work folder goes and the next task may start.
    void freeSlot(const QString &taskId);
    void signalGroup(int signal);
    QString workDirFor(const QString &taskId) const;
    void update(DownloadTask &task);

    Config m_config;
    PlaylistService &m_playlists;
    DownloadImporter *m_importer;
    QHash<QString, DownloadTask> m_tasks;
    QStringList m_queue;
    QString m_current; // the task whose process or import runs now
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    bool m_cancelRequested = false;
    QTimer m_killTimer;
    QTimer m_purgeTimer;
};
