// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadnotifier.h"

#include "common/errortranslation.h"
#include "realtime/statemanager.h"
#include "youtubedownloader.h"

using namespace Qt::StringLiterals;

DownloadNotifier::DownloadNotifier(YoutubeDownloader &downloader, StateManager &state, int intervalMs,
                                   QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_intervalMs(intervalMs)
{
    connect(&downloader, &YoutubeDownloader::taskChanged, this, &DownloadNotifier::changed);
    connect(&downloader, &YoutubeDownloader::taskCompleted, this,
            [this](const DownloadTask &task) { ended(task, u"youtube:complete"_s, task.completeEvent()); });
    connect(&downloader, &YoutubeDownloader::taskFailed, this, [this](const DownloadTask &task) {
        // The page shows the message to the parent: in the box's language as the download ends, like an error
        // envelope; the task and the log keep the English.
        QJsonObject event = task.errorEvent();
        event.insert(u"message"_s, ErrorTranslation::message(event.value(u"message"_s).toString()));
        ended(task, u"youtube:error"_s, event);
    });
}

void DownloadNotifier::changed(const DownloadTask &task)
{
    Stream &stream = m_streams[task.taskId];
    if (!stream.timer) {
        stream.timer = new QTimer(this);
        stream.timer->setSingleShot(true);
        // A coarse timer may fire up to 5 % early, and the page would then get two updates closer than the
        // interval (tst_youtubedownloader saw 485 ms).
        stream.timer->setTimerType(Qt::PreciseTimer);
        connect(stream.timer, &QTimer::timeout, this, [this, taskId = task.taskId] { flush(taskId); });
    }
    const bool statusChanged = !stream.published || stream.lastStatus != task.status;
    if (statusChanged || stream.sinceLast.elapsed() >= m_intervalMs) {
        publishProgress(stream, task);
        return;
    }
    stream.waiting = task;
    if (!stream.timer->isActive())
        stream.timer->start(int(qMax<qint64>(0, m_intervalMs - stream.sinceLast.elapsed())));
}

void DownloadNotifier::publishProgress(Stream &stream, const DownloadTask &task)
{
    stream.timer->stop();
    stream.waiting.reset();
    stream.published = true;
    stream.lastStatus = task.status;
    stream.sinceLast.start();
    m_state.publishFlat(u"youtube:progress"_s, task.progressEvent(), Audience::global());
}

void DownloadNotifier::flush(const QString &taskId)
{
    const auto it = m_streams.find(taskId);
    if (it == m_streams.end() || !it->waiting)
        return;
    const DownloadTask task = *it->waiting;
    publishProgress(*it, task);
}

void DownloadNotifier::ended(const DownloadTask &task, const QString &event, const QJsonObject &payload)
{
    const auto it = m_streams.find(task.taskId);
    if (it != m_streams.end()) {
        // A throttled progress update would now be older than the end: it is dropped, not sent late.
        delete it->timer;
        m_streams.erase(it);
    }
    m_state.publishFlat(event, payload, Audience::global());
}
