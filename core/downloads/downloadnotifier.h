// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloadtask.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class StateManager;
class YoutubeDownloader;

// Turns download progress into youtube:* events (ARCHITECTURE.md): youtube:progress on every status change
// and otherwise at most once per interval (the newest state wins, and the last one is never lost), then
// youtube:complete or youtube:error. All of them are global, sequenced, flat events.
class DownloadNotifier : public QObject
{
    Q_OBJECT
public:
    DownloadNotifier(YoutubeDownloader &downloader, StateManager &state, int intervalMs = 500,
                     QObject *parent = nullptr);

private:
    struct Stream
    {
        DownloadTask::Status lastStatus = DownloadTask::Status::Pending;
        bool published = false;
        QElapsedTimer sinceLast;
        std::optional<DownloadTask> waiting; // a throttled update, sent when the interval is over
        QTimer *timer = nullptr;
    };

    void changed(const DownloadTask &task);
    void ended(const DownloadTask &task, const QString &event, const QJsonObject &payload);
    void publishProgress(Stream &stream, const DownloadTask &task);
    void flush(const QString &taskId);

    StateManager &m_state;
    int m_intervalMs;
    QHash<QString, Stream> m_streams;
};
