// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "library/audioplacer.h"
#include "library/track.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class PlaylistService;

// Turns what yt-dlp left in a task's work folder into tracks (PROTOCOL.md §6.6 "Import"): reads the info
// JSON, prefers the chapter files when the video had chapters, creates the playlist named after the video
// when none was given, places each file with AudioPlacer (the same checks and naming as uploads) on a worker
// thread, and imports the tracks in order.
class DownloadImporter : public QObject
{
    Q_OBJECT
public:
    struct Media
    {
        QString title; // the video's title
        QString uploader;
        QStringList files; // in track order
        QStringList titles; // one per file
    };

    struct Outcome
    {
        QString playlistId;
        bool createdPlaylist = false;
        QList<Track> tracks;
    };

    using Callback = std::function<void(const Result<Outcome> &)>;

    explicit DownloadImporter(PlaylistService &playlists, QObject *parent = nullptr);
    ~DownloadImporter() override;

    // `done` runs later on the event loop. A cancelled import ends with a Conflict error (reason cancelled).
    void start(const QString &taskId, const QString &workDir, const std::optional<QString> &playlistId,
               Callback done);
    void cancel(const QString &taskId);

    // Reads a work folder (worker thread): the audio files in order and their titles.
    static Result<Media> collect(const QString &workDir);

private:
    struct Job
    {
        QString taskId;
        std::optional<QString> playlistId;
        Callback done;
        std::shared_ptr<std::atomic_bool> cancelled;
        Media media;
        Outcome outcome;
    };

    void collected(const QString &taskId, const Result<Media> &media);
    void placed(const QString &taskId, const Result<QList<AudioPlacer::Placed>> &placed);
    void finish(const QString &taskId, const Result<Outcome> &result);

    PlaylistService &m_playlists;
    QThreadPool m_pool;
    QHash<QString, Job> m_jobs;
};
