// SPDX-License-Identifier: GPL-3.0-or-later
// A power cut while an upload is being assembled: the server is killed with SIGKILL the moment the
// temporary file appears in the playlist folder. After a restart on the same data no partial file may be
// visible in the library or left on disk, and the staging folder is empty.
#include "httpclient.h"
#include "library/audioplacer.h"
#include "serverprocess.h"
#include "uploadclient.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_UploadCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringAssembly();
};

void tst_UploadCrash::killDuringAssembly()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s}, data.path());
    QVERIFY2(server->start(), qPrintable(server->output()));
    QString playlist;
    QString folder;
    const QByteArray wav = UploadClient::wav(48 * 1048576);
    {
        HttpClient http(server->baseUrl());
        UploadClient uploads(http);
        playlist = http.post(u"/api/playlists"_s, {{u"title"_s, u"Crash"_s}}).data()[u"id"_s].toString();
        QVERIFY(!playlist.isEmpty());
        folder = data.filePath(u"music/Crash"_s);
        QVERIFY(QFileInfo(folder).isDir());

        const auto init = uploads.init(playlist, u"big.wav"_s, wav.size());
        QCOMPARE(init.status, 201);
        const QString id = init.data()[u"session_id"_s].toString();
        const int chunks = init.data()[u"total_chunks"_s].toInt();
        for (int i = 0; i < chunks; ++i) {
            const qsizetype offset = qsizetype(i) * 1048576;
            QCOMPARE(uploads
                         .putChunk(playlist, id, i,
                                   QByteArrayView(wav).sliced(offset,
                                                              qMin<qsizetype>(1048576, wav.size() - offset)))
                         .status,
                     200);
        }

        // Watch the folder, then ask for the finalize without waiting for its answer.
        QFileSystemWatcher watcher({folder});
        QSignalSpy changed(&watcher, &QFileSystemWatcher::directoryChanged);
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(server->baseUrl() + UploadClient::path(playlist, id + u"/finalize"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.post(request, QByteArray("{}"));
        QVERIFY(changed.wait(20000));
        server->kill();
        const QStringList atKill = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(atKill.size() == 1 && AudioPlacer::isPartialName(atKill.first()),
                 qPrintable(u"the kill came during assembly; folder: "_s + atKill.join(u", "_s)));
        QVERIFY(!QDir(data.filePath(u"uploads"_s)).isEmpty());
        reply->deleteLater();
    }

    // The next start sweeps the partial file and the staging, and the library never shows half a file. The
    // music folder is swept on a worker thread, which the first answer does not wait for.
    server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s}, data.path());
    QVERIFY2(server->start(), qPrintable(server->output()));
    QTRY_VERIFY_WITH_TIMEOUT(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty(), 10000);
    QVERIFY(QDir(data.filePath(u"uploads"_s))
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                .isEmpty());
    HttpClient http(server->baseUrl());
    const auto listed = http.get(u"/api/playlists/"_s + playlist);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.data()[u"track_count"_s].toInt(), 0);

    // The box is fine afterwards: the same file uploads completely.
    UploadClient uploads(http);
    const auto done = uploads.upload(playlist, u"big.wav"_s, wav);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.data()[u"track"_s][u"filename"_s].toString(), u"big.wav"_s);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList({u"big.wav"_s}));
}

QTEST_GUILESS_MAIN(tst_UploadCrash)
#include "tst_uploadcrash.moc"
