// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON yt-dlp writes about a video (PROTOCOL.md §3, §6.6): a --dump-json search line, and the
// .info.json that DownloadImporter reads from a finished task's work folder (title, uploader, chapters).

#include "downloads/downloadimporter.h"
#include "downloads/ytdlp.h"
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

void checkSearchResult(QByteArrayView line)
{
    const std::optional<QJsonObject> result = Ytdlp::parseSearchResult(line);
    if (!result)
        return;
    FUZZ_CHECK(!result->value(u"id"_s).toString().isEmpty());
    FUZZ_CHECK(result->value(u"duration_ms"_s).isDouble()
               && result->value(u"duration_ms"_s).toInteger(-1) >= 0);
    const QJsonValue views = result->value(u"view_count"_s);
    FUZZ_CHECK(views.isNull() || views.toInteger(-1) >= 0);
    FUZZ_CHECK(result->value(u"url"_s).isString());
}

// A work folder as yt-dlp leaves it after a video with three chapters.
const QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    static const bool filled = [] {
        QDir(dir.path()).mkdir(u"chapters"_s);
        for (const QString &name : {u"chapters/001.m4a"_s, u"chapters/002.m4a"_s, u"chapters/010.m4a"_s}) {
            QFile file(dir.filePath(name));
            FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        }
        return true;
    }();
    Q_UNUSED(filled)
    return dir;
}

void checkInfoJson(const QByteArray &json)
{
    const QTemporaryDir &dir = workDir();
    QFile info(dir.filePath(u"audio.info.json"_s));
    FUZZ_CHECK(info.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(info.write(json) == json.size());
    info.close();

    const Result<DownloadImporter::Media> media = DownloadImporter::collect(dir.path());
    FUZZ_CHECK(media.ok());
    FUZZ_CHECK(media->files.size() == 3);
    FUZZ_CHECK(media->titles.size() == media->files.size());
    for (const QString &title : media->titles)
        FUZZ_CHECK(!title.isEmpty());
}

} // namespace

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    silenceLogs();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkSearchResult(input);
    checkInfoJson(input);
    return 0;
}
