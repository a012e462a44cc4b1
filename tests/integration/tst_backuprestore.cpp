// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore through the real box: the archive a parent downloads holds the library; restoring it
// through the chunked upload routes brings that library back after the box restarts itself; a bad archive is
// a 422 that changes nothing; and a kill -9 at a random instant of a restore leaves the old or the new
// library, whole.

#include "backupfixture.h"
#include "httpclient.h"
#include "serverprocess.h"
#include "uploadclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_BackupRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupThenRestoreBringsTheLibraryBack();
    void badArchiveChangesNothing();
    void restoreRoutesRefuseWrongUse();
    void killDuringRestoreLeavesOneWholeLibrary();

private:
    // Title -> track count, and every track's file checked on disk.
    static QMap<QString, int> library(HttpClient &http, const QString &dataDir);
    static void addPlaylist(HttpClient &http, const QString &title, int tracks, qint64 trackBytes = 20000);
    static bool integrityOk(const QString &databaseFile);
};

QMap<QString, int> tst_BackupRestore::library(HttpClient &http, const QString &dataDir)
{
    QMap<QString, int> titles;
    const QJsonArray playlists = http.get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &playlist : playlists) {
        const QJsonArray tracks = playlist[u"tracks"_s].toArray();
        for (const QJsonValue &track : tracks)
            if (!QFileInfo::exists(dataDir + u"/music/"_s + playlist[u"title"_s].toString() + u'/'
                                   + track[u"filename"_s].toString()))
                titles.insert(u"!missing file"_s, 1);
        titles.insert(playlist[u"title"_s].toString(), int(tracks.size()));
    }
    return titles;
}

void tst_BackupRestore::addPlaylist(HttpClient &http, const QString &title, int tracks, qint64 trackBytes)
{
    const QString id = http.post(u"/api/playlists"_s, {{u"title"_s, title}}).data()[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    UploadClient uploads(http);
    for (int i = 0; i < tracks; ++i)
        QCOMPARE(
            uploads.upload(id, u"song%1.wav"_s.arg(i), UploadClient::wav(trackBytes, 300 + 50 * i)).status,
            200);
}

bool tst_BackupRestore::integrityOk(const QString &databaseFile)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(databaseFile);
        QSqlQuery query(db);
        ok = db.open() && query.exec(u"PRAGMA integrity_check"_s) && query.next()
            && query.value(0).toString() == u"ok"_s;
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return ok;
}

void tst_BackupRestore::backupThenRestoreBringsTheLibraryBack()
{
    ServerProcess server({u"--nfc"_s, u"none"_s});
    QVERIFY2(server.start(), qPrintable(server.output()));
    QByteArray archive;
    qint64 seqBefore = 0;
    {
        HttpClient http(server.baseUrl());
        addPlaylist(http, u"Owls"_s, 2);
        addPlaylist(http, u"Chansons à l'école"_s, 1);
        const QMap<QString, int> original {{u"Owls"_s, 2}, {u"Chansons à l'école"_s, 1}};
        QCOMPARE(library(http, server.dataDir()), original);

        const HttpClient::Response backup = http.get(u"/api/system/backup"_s);
        QCOMPARE(backup.status, 200);
        QCOMPARE(backup.header("content-type"), QByteArray("application/x-tar"));
        QVERIFY(
            backup.header("content-disposition").startsWith("attachment; filename=\"openmusicbox-backup-"));
        QCOMPARE(backup.header("content-length").toLongLong(), backup.body.size());
        archive = backup.body;
        const QMap<QString, QByteArray> files = BackupFixture::untar(archive);
        QVERIFY(!files.contains(u"!error"_s));
        QVERIFY(files.contains(u"manifest.json"_s));
        QVERIFY(files.contains(u"openmusicbox.db"_s));
        QVERIFY(files.contains(u"music/Owls/song1.wav"_s));
        QVERIFY(files.contains(u"music/Chansons à l'école/song0.wav"_s));
        QVERIFY(
            !QDir(server.dataDir() + u"/snapshots"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());

        // The library moves on after the backup.
        addPlaylist(http, u"Later"_s, 1);
        const QString owls = http.get(u"/api/search?q=owls"_s).data()[u"playlists"_s][0][u"id"_s].toString();
        QCOMPARE(http.del(u"/api/playlists/"_s + owls).status, 204);
        seqBefore = http.get(u"/api/system/stats"_s).data()[u"global_seq"_s].toInteger();

        UploadClient uploads(http);
        const HttpClient::Response restored = uploads.restore(archive, 256 * 1024);
        QCOMPARE(restored.status, 202);
        QCOMPARE(restored.data()[u"playlists"_s].toInt(), 2);
        QCOMPARE(restored.data()[u"tracks"_s].toInt(), 3);
        QCOMPARE(restored.data()[u"status"_s].toString(), u"restart_scheduled"_s);

        // A change asked for before the restart would be lost with the old library: it is refused (or, once
        // the box has gone down, not answered at all); reading still works.
        const HttpClient::Response change
            = http.post(u"/api/playlists"_s, QJsonObject {{u"title"_s, u"Lost"_s}});
        QVERIFY2(change.status == 503 || change.status == 0, qPrintable(QString::fromUtf8(change.body)));
        if (change.status == 503) {
            QCOMPARE(change.json()[u"details"_s][u"reason"_s].toString(), u"restarting"_s);
            QCOMPARE(change.header("retry-after"), QByteArray("5"));
        }
    }
    QVERIFY2(server.waitForRestart(), qPrintable(server.output()));
    HttpClient http(server.baseUrl());
    QCOMPARE(library(http, server.dataDir()),
             (QMap<QString, int> {{u"Owls"_s, 2}, {u"Chansons à l'école"_s, 1}}));
    QVERIFY(http.get(u"/api/trash"_s).data()[u"entries"_s].toArray().isEmpty());
    QVERIFY(http.get(u"/api/system/stats"_s).data()[u"global_seq"_s].toInteger() > seqBefore);
    QVERIFY(!QFileInfo::exists(server.dataDir() + u"/restore"_s));
    QVERIFY(server.output().contains(u"the library was restored from a backup"_s));
}

void tst_BackupRestore::badArchiveChangesNothing()
{
    ServerProcess server({u"--nfc"_s, u"none"_s});
    QVERIFY2(server.start(), qPrintable(server.output()));
    HttpClient http(server.baseUrl());
    addPlaylist(http, u"Owls"_s, 1);
    const QByteArray good = http.get(u"/api/system/backup"_s).body;
    const QList<QPair<QString, QByteArray>> cases {
        {u"not a tar"_s, QByteArray(8192, 'x')},
        {u"cut short"_s, good.left(good.size() - 2048)},
        {u"traversal"_s, BackupFixture::tar({{u"manifest.json"_s, "{}"}, {u"music/../../evil"_s, "x"}})},
    };
    UploadClient uploads(http);
    for (const auto &[name, archive] : cases) {
        const HttpClient::Response refused = uploads.restore(archive, 65536);
        QVERIFY2(refused.status == 422, qPrintable(name + u": "_s + QString::fromUtf8(refused.body)));
        QCOMPARE(refused.json()[u"error_type"_s].toString(), u"validation_error"_s);
        QVERIFY(!QFileInfo::exists(server.dataDir() + u"/restore"_s));
    }
    QCOMPARE(library(http, server.dataDir()), (QMap<QString, int> {{u"Owls"_s, 1}}));
    QVERIFY(!server.output().contains(u"restarting"_s));
    QVERIFY(server.output().contains(u"restore refused"_s));
}

void tst_BackupRestore::restoreRoutesRefuseWrongUse()
{
    ServerProcess server({u"--nfc"_s, u"none"_s});
    QVERIFY2(server.start(), qPrintable(server.output()));
    HttpClient http(server.baseUrl());
    QCOMPARE(http.post(u"/api/system/restore"_s, {{u"session_id"_s, u"nope"_s}}).status, 404);
    QCOMPARE(http.post(u"/api/system/restore"_s, {}).status, 422);
    QCOMPARE(http.post(u"/api/system/restore/session"_s, {{u"filename"_s, u"b.tar"_s}, {u"file_size"_s, 10}})
                 .status,
             422);
    const HttpClient::Response init = http.post(u"/api/system/restore/session"_s,
                                                {{u"filename"_s, u"b.tar"_s}, {u"file_size"_s, 200000}});
    QCOMPARE(init.status, 201);
    const QString id = init.data()[u"session_id"_s].toString();
    const HttpClient::Response early = http.post(u"/api/system/restore"_s, {{u"session_id"_s, id}});
    QCOMPARE(early.status, 409);
    QCOMPARE(early.json()[u"details"_s][u"missing_chunks"_s].toArray().size(), 1);
    QCOMPARE(http.send("PUT", u"/api/system/restore/%1/chunks/0"_s.arg(id), "raw").status, 400);
    QCOMPARE(http.del(u"/api/system/restore/"_s + id).status, 200);
    QCOMPARE(http.get(u"/api/system/restore/"_s + id).status, 404);
    QVERIFY(!QFileInfo::exists(server.dataDir() + u"/restore"_s));
}

void tst_BackupRestore::killDuringRestoreLeavesOneWholeLibrary()
{
    QTemporaryDir dataDir;
    const quint32 seed = qEnvironmentVariableIsSet("OMB_TEST_SEED")
        ? qEnvironmentVariable("OMB_TEST_SEED").toUInt()
        : QRandomGenerator::global()->generate();
    qInfo("random seed %u (OMB_TEST_SEED=%u replays this run)", seed, seed);
    QRandomGenerator random(seed);

    // Two libraries, A and B, each with its backup; every round restores the other one and is killed.
    QByteArray backups[2];
    const QMap<QString, int> libraries[2] {{{u"Alpha"_s, 2}}, {{u"Beta"_s, 1}, {u"Gamma"_s, 1}}};
    {
        ServerProcess server({u"--nfc"_s, u"none"_s}, dataDir.path());
        QVERIFY2(server.start(), qPrintable(server.output()));
        HttpClient http(server.baseUrl());
        addPlaylist(http, u"Alpha"_s, 2, 3 * 1048576);
        backups[0] = http.get(u"/api/system/backup"_s).body;
        QCOMPARE(http.del(u"/api/playlists/"_s
                          + http.get(u"/api/playlists"_s).data()[u"playlists"_s][0][u"id"_s].toString())
                     .status,
                 204);
        QCOMPARE(
            http.del(u"/api/trash/"_s + http.get(u"/api/trash"_s).data()[u"entries"_s][0][u"id"_s].toString())
                .status,
            200);
        addPlaylist(http, u"Beta"_s, 1, 3 * 1048576);
        addPlaylist(http, u"Gamma"_s, 1, 3 * 1048576);
        backups[1] = http.get(u"/api/system/backup"_s).body;
        QVERIFY(server.terminate());
    }

    constexpr int rounds = 6;
    int target = 0; // the library the next restore asks for
    for (int round = 0; round <= rounds; ++round) {
        ServerProcess server({u"--nfc"_s, u"none"_s}, dataDir.path());
        QVERIFY2(server.start(), qPrintable(server.output()));
        HttpClient http(server.baseUrl());
        const QMap<QString, int> now = library(http, dataDir.path());
        QVERIFY2(now == libraries[0] || now == libraries[1],
                 qPrintable(u"round %1: %2"_s.arg(round).arg(QStringList(now.keys()).join(u", "_s))));
        qInfo("round %d: library %s", round, now == libraries[0] ? "A" : "B");
        if (round == rounds) {
            QVERIFY(server.terminate());
            QVERIFY(integrityOk(dataDir.filePath(u"openmusicbox.db"_s)));
            break;
        }
        target = now == libraries[0] ? 1 : 0;
        UploadClient uploads(http);
        const QString session = uploads.uploadRestoreArchive(backups[target]);
        QVERIFY(!session.isEmpty());
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(server.baseUrl() + u"/api/system/restore"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(
            network.post(request, "{\"session_id\":\"" + session.toUtf8() + "\"}"));
        // Anywhere from the staging through the restart and the roll forward.
        QTimer::singleShot(random.bounded(0, 900), this, [&server] { server.kill(); });
        QTRY_VERIFY_WITH_TIMEOUT(server.process().state() == QProcess::NotRunning, 20000);
    }
}

QTEST_GUILESS_MAIN(tst_BackupRestore)
#include "tst_backuprestore.moc"
