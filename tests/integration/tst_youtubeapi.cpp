// SPDX-License-Identifier: GPL-3.0-or-later
// The YouTube routes of the real server (PROTOCOL.md §4.5) with the stub yt-dlp: 202 at once, the task
// followed to completion with chapters as tracks, validation, cancellation, search, and 503 without yt-dlp.
#include "httpclient.h"
#include "serverprocess.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_YoutubeApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downloadWithChapters();
    void validationAndCancel();
    void search();
    void missingBinary();

private:
    std::unique_ptr<ServerProcess> start(const QString &ytdlp);
};

std::unique_ptr<ServerProcess> tst_YoutubeApi::start(const QString &ytdlp)
{
    auto server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s});
    server->setEnvironmentValue(u"OMB_YTDLP_PATH"_s, ytdlp);
    if (!server->start())
        qWarning().noquote() << server->output();
    return server;
}

static QString fake()
{
    return TestPaths::sourceDir() + u"/tests/support/fake-yt-dlp"_s;
}

void tst_YoutubeApi::downloadWithChapters()
{
    const auto server = start(fake());
    QVERIFY(server->port() != 0);
    HttpClient http(server->baseUrl());
    const auto queued
        = http.post(u"/api/youtube/download"_s,
                    {{u"url"_s, u"https://www.youtube.com/watch?v=owl&fake=chapters&title=Owls"_s}});
    QCOMPARE(queued.status, 202);
    const QJsonObject task = queued.data().toObject();
    QCOMPARE(task[u"status"_s].toString(), u"pending"_s);
    QVERIFY(task[u"playlist_id"_s].isNull());
    QCOMPARE(task[u"progress_percent"_s].toDouble(), 0.0);
    QVERIFY(task[u"tracks"_s].toArray().isEmpty());
    const QString statusPath = u"/api/youtube/status/"_s + task[u"task_id"_s].toString();

    QTRY_COMPARE_WITH_TIMEOUT(http.get(statusPath).data()[u"status"_s].toString(), u"complete"_s, 30000);
    const QJsonObject done = http.get(statusPath).data().toObject();
    QCOMPARE(done[u"progress"_s].toDouble(), 100.0);
    QCOMPARE(done[u"tracks"_s].toArray().size(), 3);
    const QString playlist = done[u"playlist_id"_s].toString();
    const auto listed = http.get(u"/api/playlists/"_s + playlist);
    QCOMPARE(listed.data()[u"title"_s].toString(), u"Owls"_s);
    QCOMPARE(listed.data()[u"track_count"_s].toInt(), 3);
    QCOMPARE(listed.data()[u"tracks"_s][1][u"title"_s].toString(), u"The owl/cat song"_s);

    // Into an existing playlist.
    const auto again = http.post(
        u"/api/youtube/download"_s,
        {{u"url"_s, u"https://www.youtube.com/watch?v=one&title=Solo"_s}, {u"playlist_id"_s, playlist}});
    QCOMPARE(again.status, 202);
    QCOMPARE(again.data()[u"playlist_id"_s].toString(), playlist);
    const QString againPath = u"/api/youtube/status/"_s + again.data()[u"task_id"_s].toString();
    QTRY_COMPARE_WITH_TIMEOUT(http.get(againPath).data()[u"status"_s].toString(), u"complete"_s, 30000);
    QCOMPARE(http.get(u"/api/playlists/"_s + playlist).data()[u"track_count"_s].toInt(), 4);
}

void tst_YoutubeApi::validationAndCancel()
{
    const auto server = start(fake());
    HttpClient http(server->baseUrl());
    QCOMPARE(http.post(u"/api/youtube/download"_s, {}).status, 422);
    QCOMPARE(http.post(u"/api/youtube/download"_s, {{u"url"_s, u"-o /etc/x"_s}}).status, 422);
    QCOMPARE(http.post(u"/api/youtube/download"_s, {{u"url"_s, u"ftp://x.example/a"_s}}).status, 422);
    QCOMPARE(http.post(u"/api/youtube/download"_s,
                       {{u"url"_s, QString(u"https://x.example/"_s + QString(2040, u'a'))}})
                 .status,
             422);
    QCOMPARE(http.post(u"/api/youtube/download"_s,
                       {{u"url"_s, u"https://youtu.be/a"_s}, {u"playlist_id"_s, u"nope"_s}})
                 .status,
             404);
    const auto unknown = http.get(u"/api/youtube/status/nope"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json()[u"details"_s][u"resource"_s].toString(), u"task"_s);

    const auto slow
        = http.post(u"/api/youtube/download"_s, {{u"url"_s, u"https://youtu.be/s?v=s&fake=slow&ms=60000"_s}});
    QCOMPARE(slow.status, 202);
    const QString id = slow.data()[u"task_id"_s].toString();
    QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/api/youtube/status/"_s + id).data()[u"status"_s].toString(),
                              u"downloading"_s, 20000);
    const auto cancelled = http.del(u"/api/youtube/download/"_s + id);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.data()[u"status"_s].toString(), u"error"_s);
    QCOMPARE(cancelled.data()[u"error"_s].toString(), u"cancelled"_s);
    QCOMPARE(http.del(u"/api/youtube/download/"_s + id).status, 409);
}

void tst_YoutubeApi::search()
{
    const auto server = start(fake());
    HttpClient http(server->baseUrl());
    const auto found = http.get(u"/api/youtube/search?query=owl%20songs&max_results=4"_s);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.data()[u"query"_s].toString(), u"owl songs"_s);
    QCOMPARE(found.data()[u"total_results"_s].toInt(), 4);
    const QJsonObject first = found.data()[u"results"_s][0].toObject();
    for (const auto *key : {"id", "title", "channel", "duration_ms", "thumbnail_url", "view_count", "url"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(http.get(u"/api/youtube/search?query=owl"_s).data()[u"total_results"_s].toInt(), 10);
    QCOMPARE(http.get(u"/api/youtube/search"_s).status, 422);
    QCOMPARE(http.get(u"/api/youtube/search?query=%20"_s).status, 422);
    QCOMPARE(http.get(u"/api/youtube/search?query=a&max_results=51"_s).status, 422);
    QCOMPARE(http.get(u"/api/youtube/search?query=a&max_results=x"_s).status, 422);
    const auto failed = http.get(u"/api/youtube/search?query=fail"_s);
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.json()[u"details"_s][u"service"_s].toString(), u"yt-dlp"_s);
}

void tst_YoutubeApi::missingBinary()
{
    const auto server = start(u"/nonexistent/yt-dlp"_s);
    QVERIFY(server->port() != 0);
    HttpClient http(server->baseUrl());
    const auto refused = http.post(u"/api/youtube/download"_s, {{u"url"_s, u"https://youtu.be/a"_s}});
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json()[u"error_type"_s].toString(), u"service_unavailable"_s);
    QCOMPARE(refused.json()[u"details"_s][u"service"_s].toString(), u"yt-dlp"_s);
    QCOMPARE(http.get(u"/api/youtube/search?query=owl"_s).status, 503);
}

QTEST_GUILESS_MAIN(tst_YoutubeApi)
#include "tst_youtubeapi.moc"
