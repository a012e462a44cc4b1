// SPDX-License-Identifier: GPL-3.0-or-later
// The library in the real box: the demo playlist on a first start (and never again once deleted), music
// folders found at start, POST /api/playlists/sync for folders added while running, and a health answer that
// does not wait for any of it.

#include "httpclient.h"
#include "library/wavencoder.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonArray playlists(HttpClient &http)
{
    return http.get(u"/api/playlists"_s).data().toObject().value(u"playlists"_s).toArray();
}

QJsonObject playlistTitled(HttpClient &http, const QString &title)
{
    for (const QJsonValue &value : playlists(http)) {
        if (value.toObject().value(u"title"_s).toString() == title)
            return value.toObject();
    }
    return {};
}

bool writeWav(const QString &path, int durationMs)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    const QByteArray wav = WavEncoder::encode(QList<qint16>(8 * durationMs, 500), 8000);
    return file.open(QIODevice::WriteOnly) && file.write(wav) == wav.size();
}

} // namespace

class tst_LibraryStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoOnFirstStartOnly();
    void foldersOnDiskBecomePlaylistsAtStart();
    void syncRouteImportsNewFolders();
};

void tst_LibraryStartup::demoOnFirstStartOnly()
{
    QTemporaryDir data;
    QString demoId;
    {
        ServerProcess server({}, data.path());
        server.setEnvironmentValue(u"OMB_DEMO_LIBRARY"_s, u"true"_s);
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        QCOMPARE(http.get(u"/api/health"_s).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!playlistTitled(http, u"Demo"_s).isEmpty(), 60000);
        const QJsonObject demo = playlistTitled(http, u"Demo"_s);
        demoId = demo.value(u"id"_s).toString();
        QCOMPARE(demo.value(u"track_count"_s).toInt(), 3);
        const QJsonArray tracks = demo.value(u"tracks"_s).toArray();
        QCOMPARE(tracks.size(), 3);
        QCOMPARE(tracks.at(0).toObject().value(u"title"_s).toString(), u"Twinkle, Twinkle, Little Star"_s);
        for (const QJsonValue &track : tracks) {
            QVERIFY(track.toObject().value(u"duration_ms"_s).toInt() >= 18000);
            QVERIFY(QFile::exists(track.toObject().value(u"file_path"_s).toString()));
        }
        QCOMPARE(http.del(u"/api/playlists/"_s + demoId).status, 204);
        QVERIFY(server.terminate());
    }
    {
        // Deleted by a parent: the next start leaves the library empty.
        ServerProcess server({}, data.path());
        server.setEnvironmentValue(u"OMB_DEMO_LIBRARY"_s, u"true"_s);
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        // The sync after start answers through the same route: once it has run, the list is final.
        QCOMPARE(http.post(u"/api/playlists/sync"_s).status, 200);
        QCOMPARE(playlists(http).size(), 0);
        QVERIFY(!QFileInfo::exists(data.path() + u"/music/Demo"_s));
        QVERIFY(server.terminate());
    }
}

void tst_LibraryStartup::foldersOnDiskBecomePlaylistsAtStart()
{
    QTemporaryDir data;
    QVERIFY(writeWav(data.path() + u"/music/Bedtime/02 Moon.wav"_s, 1200));
    QVERIFY(writeWav(data.path() + u"/music/Bedtime/01 Stars.wav"_s, 800));
    QVERIFY(writeWav(data.path() + u"/music/Car Songs/wheels.wav"_s, 500));
    ServerProcess server({}, data.path());
    QVERIFY(server.start());
    HttpClient http(server.baseUrl());
    QTRY_COMPARE_WITH_TIMEOUT(playlists(http).size(), 2, 30000);
    const QJsonObject bedtime = playlistTitled(http, u"Bedtime"_s);
    const QJsonArray tracks = bedtime.value(u"tracks"_s).toArray();
    QCOMPARE(tracks.size(), 2);
    QCOMPARE(tracks.at(0).toObject().value(u"title"_s).toString(), u"Stars"_s);
    QCOMPARE(tracks.at(0).toObject().value(u"duration_ms"_s).toInt(), 800);
    QCOMPARE(tracks.at(1).toObject().value(u"title"_s).toString(), u"Moon"_s);
    QCOMPARE(bedtime.value(u"total_duration_ms"_s).toInt(), 2000);
    // The demo is for empty boxes only (and off in tests anyway).
    QVERIFY(playlistTitled(http, u"Demo"_s).isEmpty());
    QVERIFY(server.terminate());
}

void tst_LibraryStartup::syncRouteImportsNewFolders()
{
    ServerProcess server;
    QVERIFY(server.start());
    HttpClient http(server.baseUrl());
    QCOMPARE(http.post(u"/api/playlists/sync"_s).data().toObject().value(u"playlists_count"_s).toInt(), 0);

    QVERIFY(writeWav(server.dataDir() + u"/music/Copied In/song.wav"_s, 700));
    QFile garbage(server.dataDir() + u"/music/Copied In/broken.mp3"_s);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(5000, '\x5a'));
    garbage.close();

    const HttpClient::Response synced = http.post(u"/api/playlists/sync"_s);
    QCOMPARE(synced.status, 200);
    QCOMPARE(synced.data().toObject().value(u"playlists_count"_s).toInt(), 1);
    const QJsonObject copied = playlistTitled(http, u"Copied In"_s);
    QCOMPARE(copied.value(u"track_count"_s).toInt(), 1);
    QCOMPARE(copied.value(u"tracks"_s).toArray().at(0).toObject().value(u"filename"_s).toString(),
             u"song.wav"_s);
    QVERIFY(QFile::exists(server.dataDir() + u"/music/Copied In/broken.mp3"_s));

    // Idempotent through the route as well.
    QCOMPARE(http.post(u"/api/playlists/sync"_s).data().toObject().value(u"playlists_count"_s).toInt(), 1);
    QCOMPARE(playlistTitled(http, u"Copied In"_s).value(u"playlist_seq"_s).toInt(),
             copied.value(u"playlist_seq"_s).toInt());

    // A folder removed by hand takes its playlist with it.
    QVERIFY(QDir(server.dataDir() + u"/music/Copied In"_s).removeRecursively());
    QCOMPARE(http.post(u"/api/playlists/sync"_s).data().toObject().value(u"playlists_count"_s).toInt(), 0);
    QVERIFY(server.terminate());
}

QTEST_GUILESS_MAIN(tst_LibraryStartup)
#include "tst_librarystartup.moc"
