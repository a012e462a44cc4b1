// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What we say to yt-dlp and how we read its answers: argument lists (never a shell; the URL after "--"), the
// machine-readable progress lines our --progress-template makes it print, search results from
// --dump-json, and its error lines. Pure functions, so they are tested without a process.
class Ytdlp
{
public:
    struct Progress
    {
        enum class Stage { Download, Postprocess };
        Stage stage = Stage::Download;
        QString status; // download: downloading|finished|error; postprocess: started|processing|finished
        std::optional<qint64> downloadedBytes;
        std::optional<qint64> totalBytes; // total_bytes, else total_bytes_estimate
        QString postprocessor; // ExtractAudio, SplitChapters, ...
    };

    static constexpr QByteArrayView progressMarker = "omb-progress";
    // yt-dlp writes the download as "audio.<ext>" and chapters as "chapters/NNN.<ext>" in the work folder.
    static constexpr QStringView mainStem = u"audio";
    static constexpr QStringView chapterFolder = u"chapters";

    static QStringList downloadArguments(const QString &workDir, const QString &url,
                                         const QString &audioFormat);
    static QStringList searchArguments(const QString &query, int maxResults);

    // Why a URL is refused (PROTOCOL.md §4.5), or nullopt when it may be passed to yt-dlp.
    static std::optional<QString> urlRefusal(const QString &url);

    static std::optional<Progress> parseProgressLine(QByteArrayView line);
    // One --dump-json line as a SearchResult object (PROTOCOL.md §3); nullopt for a line that is not one.
    static std::optional<QJsonObject> parseSearchResult(QByteArrayView line);
    // The most useful line of yt-dlp's standard error: the last "ERROR:" line, else the last line.
    static QString errorSummary(const QByteArray &standardError);
};
