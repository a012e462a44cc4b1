// SPDX-License-Identifier: GPL-3.0-or-later
#include "ytdlp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxUrlLength = 2048;
// The largest integer a double (and a JSON number in the browser) holds exactly; larger counts are garbage
// and would overflow on conversion.
constexpr double maxExactInteger = 9007199254740992.0;

std::optional<qint64> number(QByteArrayView text)
{
    bool ok = false;
    const double value = text.toByteArray().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > maxExactInteger)
        return std::nullopt; // yt-dlp prints "NA" for an unknown field; nothing real is over 2^53
    return qint64(std::llround(value));
}

} // namespace

QStringList Ytdlp::downloadArguments(const QString &workDir, const QString &url, const QString &audioFormat)
{
    const QString marker = QString::fromLatin1(progressMarker.toByteArray());
    return {u"--ignore-config"_s,
            u"--no-playlist"_s,
            u"--no-colors"_s,
            u"--quiet"_s,
            u"--no-warnings"_s,
            u"--progress"_s,
            u"--newline"_s,
            u"--progress-template"_s,
            u"download:"_s + marker
                + u" download %(progress.status)s %(progress.downloaded_bytes)s %(progress.total_bytes)s "
                  "%(progress.total_bytes_estimate)s"_s,
            u"--progress-template"_s,
            u"postprocess:"_s + marker + u" postprocess %(progress.status)s %(progress.postprocessor)s"_s,
            u"--format"_s,
            u"bestaudio/best"_s,
            u"--extract-audio"_s,
            u"--audio-format"_s,
            audioFormat,
            u"--split-chapters"_s,
            u"--write-info-json"_s,
            u"--paths"_s,
            workDir,
            u"--output"_s,
            mainStem.toString() + u".%(ext)s"_s,
            u"--output"_s,
            u"chapter:"_s + chapterFolder.toString() + u"/%(section_number)03d.%(ext)s"_s,
            u"--"_s,
            url};
}

QStringList Ytdlp::searchArguments(const QString &query, int maxResults)
{
    return {u"--ignore-config"_s,
            u"--no-warnings"_s,
            u"--dump-json"_s,
            u"--flat-playlist"_s,
            u"--"_s,
            u"ytsearch%1:%2"_s.arg(maxResults).arg(query)};
}

std::optional<QString> Ytdlp::urlRefusal(const QString &url)
{
    if (url.trimmed().isEmpty())
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "url must not be empty"));
    if (url.size() > maxUrlLength)
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "url must have at most %1 characters"))
            .arg(maxUrlLength);
    if (url.startsWith(u'-'))
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "url must not start with -"));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != "http"_L1 && parsed.scheme() != "https"_L1)
        || parsed.host().isEmpty())
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "url must be an http or https address"));
    return std::nullopt;
}

std::optional<Ytdlp::Progress> Ytdlp::parseProgressLine(QByteArrayView line)
{
    const QList<QByteArray> fields = line.trimmed().toByteArray().split(' ');
    if (fields.size() < 3 || fields[0] != progressMarker)
        return std::nullopt;
    Progress progress;
    progress.status = QString::fromUtf8(fields[2]);
    if (fields[1] == "download") {
        if (fields.size() < 6)
            return std::nullopt;
        progress.stage = Progress::Stage::Download;
        progress.downloadedBytes = number(fields[3]);
        progress.totalBytes = number(fields[4]);
        if (!progress.totalBytes)
            progress.totalBytes = number(fields[5]);
        return progress;
    }
    if (fields[1] == "postprocess") {
        progress.stage = Progress::Stage::Postprocess;
        progress.postprocessor = fields.size() > 3 ? QString::fromUtf8(fields[3]) : QString();
        return progress;
    }
    return std::nullopt;
}

std::optional<QJsonObject> Ytdlp::parseSearchResult(QByteArrayView line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed().toByteArray());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject entry = document.object();
    const QString id = entry.value(u"id"_s).toString();
    if (id.isEmpty())
        return std::nullopt;
    QString channel = entry.value(u"channel"_s).toString();
    if (channel.isEmpty())
        channel = entry.value(u"uploader"_s).toString();
    QString thumbnail;
    const QJsonArray thumbnails = entry.value(u"thumbnails"_s).toArray();
    if (!thumbnails.isEmpty())
        thumbnail = thumbnails.last().toObject().value(u"url"_s).toString();
    if (thumbnail.isEmpty())
        thumbnail = entry.value(u"thumbnail"_s).toString();
    QString url = entry.value(u"webpage_url"_s).toString();
    if (url.isEmpty())
        url = u"https://www.youtube.com/watch?v="_s + id;
    const QJsonValue views = entry.value(u"view_count"_s);
    // A video's JSON is written by whoever uploaded it: a duration or a count out of range is unknown.
    double duration = entry.value(u"duration"_s).toDouble(0.0);
    if (!(duration >= 0 && duration * 1000.0 <= maxExactInteger))
        duration = 0;
    const double viewCount = views.toDouble(-1);
    const bool knownViews = views.isDouble() && viewCount >= 0 && viewCount <= maxExactInteger;
    return QJsonObject {
        {u"id"_s, id},
        {u"title"_s, entry.value(u"title"_s).toString()},
        {u"channel"_s, channel},
        {u"duration_ms"_s, qint64(std::llround(duration * 1000.0))},
        {u"thumbnail_url"_s, thumbnail},
        {u"view_count"_s, knownViews ? QJsonValue(qint64(viewCount)) : QJsonValue(QJsonValue::Null)},
        {u"url"_s, url},
    };
}

QString Ytdlp::errorSummary(const QByteArray &standardError)
{
    const QList<QByteArray> lines = standardError.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->trimmed().startsWith("ERROR:"))
            return QString::fromUtf8(it->trimmed().mid(6).trimmed());
    }
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed());
}
