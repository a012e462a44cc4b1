// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

// GET /api/youtube/search (PROTOCOL.md §4.5, §6.6): runs `yt-dlp --dump-json --flat-playlist ytsearchN:query`
// as a child process and maps each JSON line to a SearchResult. A failure or a process that outlives the
// timeout answers 503 (service yt-dlp).
class YoutubeSearch : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QJsonObject> &)>;

    explicit YoutubeSearch(QString program, int timeoutMs = 30000, QObject *parent = nullptr);
    ~YoutubeSearch() override;

    // `done` gets {query, results, total_results}, later, on the event loop.
    void search(const QString &query, int maxResults, Callback done);

private:
    QString m_program;
    int m_timeoutMs;
};
