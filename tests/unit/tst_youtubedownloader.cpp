// SPDX-License-Identifier: GPL-3.0-or-later
// YoutubeDownloader, DownloadNotifier and YoutubeSearch with the stub yt-dlp of tests/support: chapters split
// into tracks, a new or an existing playlist, failures that leave nothing, cancellation, the FIFO queue, the
// progress throttle, a missing binary, and search.
#include "downloads/downloadnotifier.h"
#include "downloads/youtubedownloader.h"
#include "downloads/youtubesearch.h"
#include "playlistharness.h"
#include "system/boxtranslator.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_YoutubeDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void chaptersBecomeTracksOfANewPlaylist();
    void singleTrackIntoAnExistingPlaylist();
    void failureLeavesNothing_data();
    void failureLeavesNothing();
    void theFailureEventSpeaksTheBoxsLanguage();
    void cancelRunningDownload();
    void queueRunsOneAtATimeInOrder();
    void cancelPendingDownload();
    void progressIsThrottled();
    void refusals();
    void missingBinary();
    void search();

private:
    static QString fake() { return TestPaths::sourceDir() + u"/tests/support/fake-yt-dlp"_s; }
    void makeDownloader(const QString &program);
    DownloadTask waitForEnd(const QString &taskId);
    QString workDir() const { return m_harness->dataDir() + u"/downloads"_s; }

    std::unique_ptr<PlaylistHarness> m_harness;
    std::unique_ptr<YoutubeDownloader> m_downloader;
    std::unique_ptr<DownloadNotifier> m_notifier;
    QHash<QString, DownloadTask> m_ended;
    QString m_argsLog;
};

void tst_YoutubeDownloader::init()
{
    m_harness = std::make_unique<PlaylistHarness>();
    QVERIFY(m_harness->isValid());
    QVERIFY(QFileInfo(fake()).isExecutable());
    m_argsLog = m_harness->dataDir() + u"/args.log"_s;
    qputenv("FAKE_YTDLP_ARGS_LOG", m_argsLog.toLocal8Bit());
    m_ended.clear();
    makeDownloader(fake());
}

void tst_YoutubeDownloader::cleanup()
{
    m_notifier.reset();
    m_downloader.reset();
    m_harness.reset();
}

void tst_YoutubeDownloader::makeDownloader(const QString &program)
{
    m_notifier.reset();
    m_downloader = std::make_unique<YoutubeDownloader>(
        YoutubeDownloader::Config {program, workDir(), 3600, u"mp3"_s, 3000}, m_harness->playlists());
    m_notifier = std::make_unique<DownloadNotifier>(*m_downloader, m_harness->state, 500);
    auto remember = [this](const DownloadTask &task) { m_ended.insert(task.taskId, task); };
    connect(m_downloader.get(), &YoutubeDownloader::taskCompleted, this, remember);
    connect(m_downloader.get(), &YoutubeDownloader::taskFailed, this, remember);
}

DownloadTask tst_YoutubeDownloader::waitForEnd(const QString &taskId)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_ended.contains(taskId), 30000); }();
    return m_ended.value(taskId);
}

void tst_YoutubeDownloader::chaptersBecomeTracksOfANewPlaylist()
{
    const auto queued = m_downloader->enqueue(
        u"https://www.youtube.com/watch?v=owl01&fake=chapters&title=Owl%20Night"_s, std::nullopt);
    QVERIFY(queued.ok());
    QCOMPARE(queued->status, DownloadTask::Status::Pending);
    QVERIFY(!queued->playlistId.has_value());
    const DownloadTask done = waitForEnd(queued->taskId);
    QCOMPARE(done.status, DownloadTask::Status::Complete);
    QCOMPARE(done.progress, 100.0);
    QCOMPARE(done.tracks.size(), 3);
    QCOMPARE(done.tracks.at(0).title, u"Once upon a time"_s);
    QCOMPARE(done.tracks.at(1).title, u"The owl/cat song"_s);
    QCOMPARE(done.tracks.at(1).filename, u"The owl_cat song.mp3"_s);
    QCOMPARE(done.tracks.at(2).trackNumber, 3);
    for (const Track &track : done.tracks)
        QVERIFY(track.durationMs > 1500);

    QVERIFY(done.playlistId.has_value());
    const auto playlist = m_harness->repository().find(*done.playlistId);
    QVERIFY(playlist.has_value());
    QCOMPARE(playlist->title, u"Owl Night"_s);
    QCOMPARE(PlaylistHarness::filesIn(m_harness->folderOf(playlist->id)).size(), 3);
    QTRY_VERIFY(QDir(workDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // Events: progress first (pending), the new playlist before its tracks, youtube:complete last.
    const QStringList names = m_harness->eventNames();
    QCOMPARE(names.first(), u"youtube:progress"_s);
    QCOMPARE(m_harness->eventsNamed(u"youtube:progress"_s).first().payload[u"status"_s].toString(),
             u"pending"_s);
    QVERIFY(names.indexOf(u"state:playlist_created"_s) < names.indexOf(u"state:track_added"_s));
    QCOMPARE(names.last(), u"youtube:complete"_s);
    const auto complete = m_harness->eventsNamed(u"youtube:complete"_s).first();
    QVERIFY(complete.audience.everyone);
    QCOMPARE(complete.payload[u"playlist_id"_s].toString(), playlist->id);
    QCOMPARE(complete.payload[u"tracks"_s].toArray().size(), 3);
    QStringList statuses;
    for (const auto &event : m_harness->eventsNamed(u"youtube:progress"_s))
        statuses.append(event.payload[u"status"_s].toString());
    QVERIFY(statuses.contains(u"downloading"_s));
    QVERIFY(statuses.contains(u"processing"_s));

    // The URL went to yt-dlp as one argument after "--".
    QFile log(m_argsLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QJsonArray args = QJsonDocument::fromJson(log.readLine()).array();
    QCOMPARE(args.at(args.size() - 2).toString(), u"--"_s);
    QVERIFY(args.last().toString().startsWith(u"https://www.youtube.com/watch?v=owl01"_s));
}

void tst_YoutubeDownloader::singleTrackIntoAnExistingPlaylist()
{
    const QString playlist = m_harness->createPlaylist(u"Mine"_s);
    const auto queued = m_downloader->enqueue(u"https://youtu.be/x?v=one&title=Lullaby"_s, playlist);
    QVERIFY(queued.ok());
    const DownloadTask done = waitForEnd(queued->taskId);
    QCOMPARE(done.status, DownloadTask::Status::Complete);
    QCOMPARE(done.playlistId.value_or(QString()), playlist);
    QCOMPARE(done.tracks.size(), 1);
    QCOMPARE(done.tracks.first().title, u"Lullaby"_s);
    QCOMPARE(done.tracks.first().filename, u"Lullaby.mp3"_s);
    QCOMPARE(m_harness->repository().all().size(), 1);
    QVERIFY(m_harness->eventsNamed(u"state:playlist_created"_s).size() == 1); // only "Mine"
    QCOMPARE(m_downloader->task(queued->taskId)->status, DownloadTask::Status::Complete);
}

void tst_YoutubeDownloader::failureLeavesNothing_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("yt-dlp error") << u"fail"_s << u"Video unavailable"_s;
    QTest::newRow("no audio") << u"noaudio"_s << u"without an audio file"_s;
    QTest::newRow("not audio") << u"garbage"_s << u"not readable audio"_s;
}

void tst_YoutubeDownloader::failureLeavesNothing()
{
    QFETCH(QString, mode);
    QFETCH(QString, message);
    m_harness->clearEvents();
    const auto queued
        = m_downloader->enqueue(u"https://www.youtube.com/watch?v=bad&fake="_s + mode, std::nullopt);
    QVERIFY(queued.ok());
    const DownloadTask done = waitForEnd(queued->taskId);
    QCOMPARE(done.status, DownloadTask::Status::Error);
    QVERIFY2(done.error.value_or(QString()).contains(message), qPrintable(done.error.value_or(QString())));
    const auto errors = m_harness->eventsNamed(u"youtube:error"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().payload[u"status"_s].toString(), u"error"_s);
    QVERIFY(errors.first().payload[u"message"_s].toString().contains(message));
    // No playlist is left behind (an empty one made for it is removed again), no files, no work folder.
    QVERIFY(m_harness->repository().all().isEmpty());
    QVERIFY(QDir(m_harness->musicDir())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                .isEmpty());
    QTRY_VERIFY(QDir(workDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void tst_YoutubeDownloader::theFailureEventSpeaksTheBoxsLanguage()
{
    BoxTranslator translator;
    QVERIFY(translator.apply(u"fr"_s));
    m_harness->clearEvents();
    const auto failed
        = m_downloader->enqueue(u"https://www.youtube.com/watch?v=bad&fake=fail"_s, std::nullopt);
    QVERIFY(failed.ok());
    QCOMPARE(waitForEnd(failed->taskId).status, DownloadTask::Status::Error);
    const auto noAudio
        = m_downloader->enqueue(u"https://www.youtube.com/watch?v=bad&fake=noaudio"_s, std::nullopt);
    QVERIFY(noAudio.ok());
    const DownloadTask done = waitForEnd(noAudio->taskId);
    QCOMPARE(done.error.value_or(QString()), u"yt-dlp finished without an audio file"_s); // the task keeps it
    const auto errors = m_harness->eventsNamed(u"youtube:error"_s);
    QCOMPARE(errors.size(), 2);
    // yt-dlp's own words stay as it wrote them inside the box's sentence.
    QVERIFY2(errors.at(0).payload[u"message"_s].toString().startsWith(u"yt-dlp a échoué : "_s),
             qPrintable(errors.at(0).payload[u"message"_s].toString()));
    QVERIFY(errors.at(0).payload[u"message"_s].toString().contains(u"Video unavailable"_s));
    QCOMPARE(errors.at(1).payload[u"message"_s].toString(), u"yt-dlp s’est terminé sans fichier audio"_s);
}

void tst_YoutubeDownloader::cancelRunningDownload()
{
    QSignalSpy changed(m_downloader.get(), &YoutubeDownloader::taskChanged);
    const auto queued
        = m_downloader->enqueue(u"https://www.youtube.com/watch?v=slow&fake=slow&ms=60000"_s, std::nullopt);
    QVERIFY(queued.ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_downloader->task(queued->taskId)->downloadedBytes.value_or(0) > 0, 20000);
    QVERIFY(QFileInfo::exists(workDir() + u'/' + queued->taskId + u"/audio.mp3.part"_s));
    const auto cancelled = m_downloader->cancel(queued->taskId);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->status, DownloadTask::Status::Error);
    QCOMPARE(cancelled->error.value_or(QString()), u"cancelled"_s);
    QCOMPARE(m_harness->eventsNamed(u"youtube:error"_s).size(), 1);
    QCOMPARE(m_downloader->cancel(queued->taskId).error().type, ErrorType::Conflict);
    // The process really stops (the next task runs) and its partial file goes.
    const auto next = m_downloader->enqueue(u"https://www.youtube.com/watch?v=after"_s, std::nullopt);
    QCOMPARE(waitForEnd(next->taskId).status, DownloadTask::Status::Complete);
    QVERIFY(!QDir(workDir() + u'/' + queued->taskId).exists());
    QCOMPARE(m_harness->repository().all().size(), 1);
}

void tst_YoutubeDownloader::queueRunsOneAtATimeInOrder()
{
    int running = 0;
    int maxRunning = 0;
    QSet<QString> active;
    connect(m_downloader.get(), &YoutubeDownloader::taskChanged, this, [&](const DownloadTask &task) {
        if (task.status == DownloadTask::Status::Downloading
            || task.status == DownloadTask::Status::Processing)
            active.insert(task.taskId);
        running = int(active.size());
        maxRunning = qMax(maxRunning, running);
    });
    QStringList finishedOrder;
    auto ended = [&](const DownloadTask &task) {
        active.remove(task.taskId);
        finishedOrder.append(task.taskId);
    };
    connect(m_downloader.get(), &YoutubeDownloader::taskCompleted, this, ended);
    connect(m_downloader.get(), &YoutubeDownloader::taskFailed, this, ended);

    const auto a
        = m_downloader->enqueue(u"https://www.youtube.com/watch?v=a&fake=slow&ms=800"_s, std::nullopt);
    const auto b = m_downloader->enqueue(u"https://www.youtube.com/watch?v=b"_s, std::nullopt);
    const auto c = m_downloader->enqueue(u"https://www.youtube.com/watch?v=c&fake=chapters"_s, std::nullopt);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_downloader->task(a->taskId)->status, DownloadTask::Status::Downloading,
                              10000);
    QCOMPARE(m_downloader->task(b->taskId)->status, DownloadTask::Status::Pending);
    QCOMPARE(m_downloader->task(c->taskId)->status, DownloadTask::Status::Pending);
    waitForEnd(c->taskId);
    QCOMPARE(finishedOrder, QStringList({a->taskId, b->taskId, c->taskId}));
    QCOMPARE(maxRunning, 1);
    for (const QString &id : finishedOrder)
        QCOMPARE(m_ended.value(id).status, DownloadTask::Status::Complete);
}

void tst_YoutubeDownloader::cancelPendingDownload()
{
    const auto a
        = m_downloader->enqueue(u"https://www.youtube.com/watch?v=a&fake=slow&ms=60000"_s, std::nullopt);
    const auto b = m_downloader->enqueue(u"https://www.youtube.com/watch?v=b"_s, std::nullopt);
    const auto cancelled = m_downloader->cancel(b->taskId);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->error.value_or(QString()), u"cancelled"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_downloader->task(a->taskId)->status, DownloadTask::Status::Downloading,
                              10000);
    QCOMPARE(m_downloader->task(b->taskId)->status, DownloadTask::Status::Error);
    QVERIFY(m_downloader->cancel(a->taskId).ok());
    QCOMPARE(m_harness->eventsNamed(u"youtube:error"_s).size(), 2);
    QCOMPARE(m_downloader->cancel(u"unknown"_s).error().type, ErrorType::NotFound);
}

void tst_YoutubeDownloader::progressIsThrottled()
{
    // The stub prints a progress line every 100 ms for 2 s; at most one event per 500 ms may follow it.
    const auto queued
        = m_downloader->enqueue(u"https://www.youtube.com/watch?v=t&fake=slow&ms=2000"_s, std::nullopt);
    QVERIFY(queued.ok());
    QCOMPARE(waitForEnd(queued->taskId).status, DownloadTask::Status::Complete);
    QList<qint64> downloadingTimes;
    for (const auto &event : m_harness->eventsNamed(u"youtube:progress"_s)) {
        if (event.payload[u"status"_s].toString() == "downloading"_L1)
            downloadingTimes.append(event.payload[u"timestamp"_s].toInteger());
    }
    // How many events depends on how long the stand-in really ran on a busy machine; the gaps do not.
    QVERIFY2(downloadingTimes.size() >= 2, "a 2 s download reports progress more than once");
    for (qsizetype i = 1; i < downloadingTimes.size(); ++i)
        QVERIFY2(downloadingTimes.at(i) - downloadingTimes.at(i - 1) >= 490,
                 qPrintable(u"gap %1 ms"_s.arg(downloadingTimes.at(i) - downloadingTimes.at(i - 1))));
}

void tst_YoutubeDownloader::refusals()
{
    QCOMPARE(m_downloader->enqueue(u"--exec=reboot"_s, std::nullopt).error().type, ErrorType::Validation);
    QCOMPARE(m_downloader->enqueue(u"file:///etc/passwd"_s, std::nullopt).error().type,
             ErrorType::Validation);
    QCOMPARE(m_downloader->enqueue(u"https://youtu.be/a"_s, u"nope"_s).error().type, ErrorType::NotFound);
    QCOMPARE(m_downloader->task(u"nope"_s).error().type, ErrorType::NotFound);
    QVERIFY(m_harness->eventNames().isEmpty());
}

void tst_YoutubeDownloader::missingBinary()
{
    makeDownloader(u"/nonexistent/yt-dlp"_s);
    QVERIFY(!m_downloader->isAvailable());
    const auto refused = m_downloader->enqueue(u"https://youtu.be/a"_s, std::nullopt);
    QCOMPARE(refused.error().type, ErrorType::ServiceUnavailable);
    QCOMPARE(refused.error().details[u"service"_s].toString(), u"yt-dlp"_s);
    makeDownloader(u"omb-no-such-program-on-path"_s);
    QCOMPARE(m_downloader->enqueue(u"https://youtu.be/a"_s, std::nullopt).error().type,
             ErrorType::ServiceUnavailable);

    YoutubeSearch search(u"/nonexistent/yt-dlp"_s);
    std::optional<Result<QJsonObject>> result;
    search.search(u"owl"_s, 3, [&result](const Result<QJsonObject> &r) { result.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(result->error().type, ErrorType::ServiceUnavailable);
}

void tst_YoutubeDownloader::search()
{
    // Long enough for the Node.js stand-in to start on a loaded machine, short enough for the "hang" case.
    YoutubeSearch search(fake(), 4000);
    auto run = [&search](const QString &query, int count) {
        std::optional<Result<QJsonObject>> result;
        search.search(query, count, [&result](const Result<QJsonObject> &r) { result.emplace(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(ServiceError::internal(u"test"_s, u"no answer"_s));
    };
    const auto found = run(u"owl songs"_s, 3);
    QVERIFY(found.ok());
    QCOMPARE((*found)[u"query"_s].toString(), u"owl songs"_s);
    QCOMPARE((*found)[u"total_results"_s].toInt(), 3);
    const QJsonObject second = (*found)[u"results"_s].toArray().at(1).toObject();
    QCOMPARE(second[u"channel"_s].toString(), u"Fake Uploader"_s); // channel null -> uploader
    QVERIFY(second[u"view_count"_s].isNull());
    QCOMPARE(second[u"duration_ms"_s].toInteger(), 67500);
    QCOMPARE(second[u"url"_s].toString(), u"https://www.youtube.com/watch?v=fake0000001"_s);

    const auto failed = run(u"fail please"_s, 3);
    QCOMPARE(failed.error().type, ErrorType::ServiceUnavailable);
    QVERIFY(failed.error().message.contains(u"name resolution"_s));
    const auto hung = run(u"hang"_s, 3);
    QCOMPARE(hung.error().type, ErrorType::ServiceUnavailable);
    QCOMPARE(hung.error().details[u"service"_s].toString(), u"yt-dlp"_s);
}

QTEST_GUILESS_MAIN(tst_YoutubeDownloader)
#include "tst_youtubedownloader.moc"
