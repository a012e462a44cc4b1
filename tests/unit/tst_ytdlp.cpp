// SPDX-License-Identifier: GPL-3.0-or-later
// What we say to yt-dlp and how we read it: argument lists, URL rules, progress lines, search results.
#include "downloads/ytdlp.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Ytdlp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downloadArgumentsPutTheUrlLast();
    void searchArguments();
    void urlRefusal_data();
    void urlRefusal();
    void progressLines_data();
    void progressLines();
    void searchResults();
    void errorSummary();
};

void tst_Ytdlp::downloadArgumentsPutTheUrlLast()
{
    const QString url = u"https://www.youtube.com/watch?v=abc"_s;
    const QStringList args = Ytdlp::downloadArguments(u"/data/downloads/t1"_s, url, u"mp3"_s);
    QCOMPARE(args.last(), url);
    QCOMPARE(args.at(args.size() - 2), u"--"_s);
    QCOMPARE(args.count(u"--"_s), 1);
    QVERIFY(args.contains(u"--newline"_s));
    QVERIFY(args.contains(u"--split-chapters"_s));
    QVERIFY(args.contains(u"--no-playlist"_s));
    QCOMPARE(args.at(args.indexOf(u"--paths"_s) + 1), u"/data/downloads/t1"_s);
    QCOMPARE(args.at(args.indexOf(u"--audio-format"_s) + 1), u"mp3"_s);
    const qsizetype template_ = args.indexOf(u"--progress-template"_s);
    QVERIFY(args.at(template_ + 1).startsWith(u"download:omb-progress download %(progress.status)s"_s));
}

void tst_Ytdlp::searchArguments()
{
    const QStringList args = Ytdlp::searchArguments(u"-owl songs"_s, 7);
    QVERIFY(args.contains(u"--dump-json"_s));
    QVERIFY(args.contains(u"--flat-playlist"_s));
    QCOMPARE(args.last(), u"ytsearch7:-owl songs"_s);
    QCOMPARE(args.at(args.size() - 2), u"--"_s);
}

void tst_Ytdlp::urlRefusal_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("https") << u"https://www.youtube.com/watch?v=abc"_s << false;
    QTest::newRow("http") << u"http://youtu.be/abc"_s << false;
    QTest::newRow("option") << u"--exec=rm -rf /"_s << true;
    QTest::newRow("dash") << u"-https://x"_s << true;
    QTest::newRow("file") << u"file:///etc/passwd"_s << true;
    QTest::newRow("ftp") << u"ftp://example.com/a"_s << true;
    QTest::newRow("no scheme") << u"www.youtube.com/watch?v=abc"_s << true;
    QTest::newRow("no host") << u"https://"_s << true;
    QTest::newRow("empty") << u""_s << true;
    QTest::newRow("too long") << QString(u"https://x.example/"_s + QString(2048, u'a')) << true;
    QTest::newRow("2048") << QString(u"https://x.example/"_s + QString(2048 - 18, u'a')) << false;
}

void tst_Ytdlp::urlRefusal()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    QCOMPARE(Ytdlp::urlRefusal(url).has_value(), refused);
}

void tst_Ytdlp::progressLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<bool>("download");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("downloaded"); // -1: unknown
    QTest::addColumn<qint64>("total");
    QTest::newRow("downloading") << "omb-progress download downloading 1024 4096 NA"_ba << true << true
                                 << u"downloading"_s << qint64(1024) << qint64(4096);
    QTest::newRow("estimate") << "omb-progress download downloading 10 NA 2000.7\r"_ba << true << true
                              << u"downloading"_s << qint64(10) << qint64(2001);
    QTest::newRow("unknown size") << "omb-progress download downloading 77 NA NA"_ba << true << true
                                  << u"downloading"_s << qint64(77) << qint64(-1);
    QTest::newRow("finished") << "omb-progress download finished 4096 4096 NA"_ba << true << true
                              << u"finished"_s << qint64(4096) << qint64(4096);
    QTest::newRow("postprocess") << "omb-progress postprocess started SplitChapters"_ba << true << false
                                 << u"started"_s << qint64(-1) << qint64(-1);
    QTest::newRow("yt-dlp default") << "[download]  12.5% of 3.00MiB at 1.00MiB/s ETA 00:02"_ba << false
                                    << false << QString() << qint64(-1) << qint64(-1);
    QTest::newRow("truncated") << "omb-progress download downloading 1"_ba << false << false << QString()
                               << qint64(-1) << qint64(-1);
    QTest::newRow("other stage") << "omb-progress upload x"_ba << false << false << QString() << qint64(-1)
                                 << qint64(-1);
}

void tst_Ytdlp::progressLines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, parsed);
    QFETCH(bool, download);
    QFETCH(QString, status);
    QFETCH(qint64, downloaded);
    QFETCH(qint64, total);
    const auto progress = Ytdlp::parseProgressLine(line);
    QCOMPARE(progress.has_value(), parsed);
    if (!progress)
        return;
    QCOMPARE(progress->stage == Ytdlp::Progress::Stage::Download, download);
    QCOMPARE(progress->status, status);
    QCOMPARE(progress->downloadedBytes.value_or(-1), downloaded);
    QCOMPARE(progress->totalBytes.value_or(-1), total);
    if (!download)
        QCOMPARE(progress->postprocessor, u"SplitChapters"_s);
}

void tst_Ytdlp::searchResults()
{
    const auto full = Ytdlp::parseSearchResult(
        R"({"id":"abc","title":"Owl","channel":"Birds","duration":61.5,"view_count":12,
            "thumbnails":[{"url":"small.jpg"},{"url":"big.jpg"}],"webpage_url":"https://youtu.be/abc"})"_ba);
    QVERIFY(full.has_value());
    QCOMPARE((*full)[u"id"_s].toString(), u"abc"_s);
    QCOMPARE((*full)[u"channel"_s].toString(), u"Birds"_s);
    QCOMPARE((*full)[u"duration_ms"_s].toInteger(), 61500);
    QCOMPARE((*full)[u"thumbnail_url"_s].toString(), u"big.jpg"_s);
    QCOMPARE((*full)[u"view_count"_s].toInteger(), 12);
    QCOMPARE((*full)[u"url"_s].toString(), u"https://youtu.be/abc"_s);
    QCOMPARE(full->keys().size(), 7);

    const auto sparse = Ytdlp::parseSearchResult(
        R"({"id":"xyz","title":"Cat","uploader":"Up","thumbnail":"t.jpg","duration":null,"view_count":null})"_ba);
    QVERIFY(sparse.has_value());
    QCOMPARE((*sparse)[u"channel"_s].toString(), u"Up"_s);
    QCOMPARE((*sparse)[u"duration_ms"_s].toInteger(), 0);
    QCOMPARE((*sparse)[u"thumbnail_url"_s].toString(), u"t.jpg"_s);
    QVERIFY((*sparse)[u"view_count"_s].isNull());
    QCOMPARE((*sparse)[u"url"_s].toString(), u"https://www.youtube.com/watch?v=xyz"_s);

    // Found by fuzzing: numbers out of range overflowed into negative or undefined integers.
    const auto absurd = Ytdlp::parseSearchResult(R"({"id":"big","duration":1e300,"view_count":-4})"_ba);
    QVERIFY(absurd.has_value());
    QCOMPARE((*absurd)[u"duration_ms"_s].toInteger(), 0);
    QVERIFY((*absurd)[u"view_count"_s].isNull());
    QCOMPARE(Ytdlp::parseProgressLine("omb-progress download downloading 1e300 1e19 NA")->downloadedBytes,
             std::nullopt);

    QVERIFY(!Ytdlp::parseSearchResult("not json"_ba).has_value());
    QVERIFY(!Ytdlp::parseSearchResult("{\"title\":\"no id\"}"_ba).has_value());
    QVERIFY(!Ytdlp::parseSearchResult(""_ba).has_value());
}

void tst_Ytdlp::errorSummary()
{
    QCOMPARE(Ytdlp::errorSummary("WARNING: slow\nERROR: [youtube] abc: Video unavailable\nbye\n"_ba),
             u"[youtube] abc: Video unavailable"_s);
    QCOMPARE(Ytdlp::errorSummary("Traceback\n  boom\n"_ba), u"boom"_s);
    QCOMPARE(Ytdlp::errorSummary(QByteArray()), QString());
}

QTEST_GUILESS_MAIN(tst_Ytdlp)
#include "tst_ytdlp.moc"
