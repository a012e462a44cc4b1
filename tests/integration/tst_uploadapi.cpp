// SPDX-License-Identifier: GPL-3.0-or-later
// The upload routes of the real server over HTTP (PROTOCOL.md §4.2): a 2.5 MiB file in three multipart
// chunks, every refusal with its status code and envelope, oversize bodies refused at the door, non-audio
// refused with nothing left behind, a deleted playlist's uploads cancelled, and expiry with a short TTL.
#include "httpclient.h"
#include "library/audioplacer.h"
#include "serverprocess.h"
#include "uploadclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_UploadApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void happyPathInThreeChunks();
    void refusals();
    void oversizeBodyIsRefusedAtTheDoor();
    void nonAudioLeavesNothing();
    void deletingThePlaylistCancelsItsUploads();
    void idleSessionsExpire();

private:
    void startServer(const QList<QPair<QString, QString>> &environment = {});
    QString createPlaylist(const QString &title);
    QString folderOf(const QString &playlistId);
    QString stagingDir() const { return m_server->dataDir() + u"/uploads"_s; }
    static QString errorType(const HttpClient::Response &response)
    {
        return response.json()[u"error_type"_s].toString();
    }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<UploadClient> m_uploads;
};

void tst_UploadApi::init()
{
    startServer();
}

void tst_UploadApi::cleanup()
{
    m_uploads.reset();
    m_http.reset();
    m_server.reset();
}

void tst_UploadApi::startServer(const QList<QPair<QString, QString>> &environment)
{
    m_uploads.reset();
    m_http.reset();
    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s});
    for (const auto &[name, value] : environment)
        m_server->setEnvironmentValue(name, value);
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    m_uploads = std::make_unique<UploadClient>(*m_http);
}

QString tst_UploadApi::createPlaylist(const QString &title)
{
    const auto created = m_http->post(u"/api/playlists"_s, {{u"title"_s, title}});
    return created.status == 201 ? created.data()[u"id"_s].toString() : QString();
}

QString tst_UploadApi::folderOf(const QString &playlistId)
{
    const auto playlist = m_http->get(u"/api/playlists/"_s + playlistId);
    const QJsonArray tracks = playlist.data()[u"tracks"_s].toArray();
    if (!tracks.isEmpty())
        return QFileInfo(tracks.first()[u"file_path"_s].toString()).absolutePath();
    return m_server->dataDir() + u"/music/"_s + playlist.data()[u"title"_s].toString();
}

void tst_UploadApi::happyPathInThreeChunks()
{
    const QString playlist = createPlaylist(u"Bedtime Stories"_s);
    QVERIFY(!playlist.isEmpty());
    const QByteArray wav = UploadClient::wav(2621440 - 44);
    QCOMPARE(wav.size(), 2621440);

    const auto init = m_uploads->init(playlist, u"owl.wav"_s, wav.size());
    QCOMPARE(init.status, 201);
    const QJsonObject session = init.data().toObject();
    QCOMPARE(session[u"chunk_size"_s].toInt(), 1048576);
    QCOMPARE(session[u"total_chunks"_s].toInt(), 3);
    QCOMPARE(session[u"missing_chunks"_s].toArray(), QJsonArray({0, 1, 2}));
    QCOMPARE(session[u"status"_s].toString(), u"in_progress"_s);
    QVERIFY(session[u"track"_s].isNull());
    const QString id = session[u"session_id"_s].toString();

    const QList<double> progress {40.0, 80.0, 100.0};
    for (int i = 0; i < 3; ++i) {
        const auto put = m_uploads->putChunk(
            playlist, id, i,
            QByteArrayView(wav).sliced(i * 1048576, qMin(1048576, int(wav.size()) - i * 1048576)));
        QCOMPARE(put.status, 200);
        QCOMPARE(put.data()[u"chunk_index"_s].toInt(), i);
        QCOMPARE(put.data()[u"chunk_bytes"_s].toInt(), i < 2 ? 1048576 : 524288);
        QCOMPARE(put.data()[u"received_chunks"_s].toInt(), i + 1);
        QCOMPARE(put.data()[u"progress"_s].toDouble(), progress.at(i));
        QCOMPARE(put.data()[u"complete"_s].toBool(), i == 2);
        QCOMPARE(put.data()[u"duplicate"_s].toBool(), false);
        QCOMPARE(put.data()[u"session"_s][u"received_chunks"_s].toInt(), i + 1);
    }
    const auto duplicate = m_uploads->putChunk(playlist, id, 1, QByteArrayView(wav).sliced(1048576, 1048576));
    QCOMPARE(duplicate.status, 200);
    QCOMPARE(duplicate.data()[u"duplicate"_s].toBool(), true);

    const auto done = m_uploads->finalize(playlist, id, {{u"client_op_id"_s, u"upload_owl"_s}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.data()[u"session_id"_s].toString(), id);
    QCOMPARE(done.data()[u"playlist_id"_s].toString(), playlist);
    const QJsonObject track = done.data()[u"track"_s].toObject();
    QCOMPARE(track[u"filename"_s].toString(), u"owl.wav"_s);
    QCOMPARE(track[u"track_number"_s].toInt(), 1);
    QVERIFY(track[u"duration_ms"_s].toInteger() > 50000);
    QFile stored(track[u"file_path"_s].toString());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll() == wav);

    const auto replay = m_uploads->finalize(playlist, id, {{u"client_op_id"_s, u"upload_owl"_s}});
    QCOMPARE(replay.header("X-Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(replay.body, done.body);
    const auto again = m_uploads->finalize(playlist, id);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.data()[u"track"_s][u"id"_s].toString(), track[u"id"_s].toString());

    const auto status = m_http->get(UploadClient::path(playlist, id));
    QCOMPARE(status.data()[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(status.data()[u"track"_s][u"id"_s].toString(), track[u"id"_s].toString());
    QCOMPARE(m_http->get(u"/api/playlists/"_s + playlist).data()[u"track_count"_s].toInt(), 1);
    QVERIFY(QDir(stagingDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void tst_UploadApi::refusals()
{
    const QString playlist = createPlaylist(u"Refusals"_s);
    QCOMPARE(m_uploads->init(u"nope"_s, u"a.mp3"_s, 10).status, 404);
    QCOMPARE(m_uploads->init(playlist, u"a.txt"_s, 10).status, 422);
    QCOMPARE(m_uploads->init(playlist, u".."_s, 10).status, 422);
    QCOMPARE(m_uploads->init(playlist, u"a.mp3"_s, 0).status, 422);
    QCOMPARE(m_uploads->init(playlist, u"a.mp3"_s, 10, 1000).status, 422);
    const auto huge = m_uploads->init(playlist, u"a.mp3"_s, 104857601);
    QCOMPARE(huge.status, 413);
    QCOMPARE(huge.json()[u"details"_s][u"max_bytes"_s].toInteger(), 104857600);
    const auto wrongType = m_http->post(UploadClient::path(playlist, u"session"_s),
                                        {{u"filename"_s, u"a.mp3"_s}, {u"file_size"_s, u"10"_s}});
    QCOMPARE(wrongType.status, 422);
    QCOMPARE(wrongType.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), u"file_size"_s);

    const auto traversal = m_uploads->init(playlist, u"../../../etc/evil.mp3"_s, 1048576 + 10);
    QCOMPARE(traversal.status, 201);
    QCOMPARE(traversal.data()[u"filename"_s].toString(), u"evil.mp3"_s);
    const QString id = traversal.data()[u"session_id"_s].toString();

    const QString chunkPath = UploadClient::path(playlist, id + u"/chunks/1"_s);
    const auto json = m_http->send("PUT", chunkPath, "{}");
    QCOMPARE(json.status, 400);
    QCOMPARE(errorType(json), u"bad_request"_s);
    const auto noFilePart = m_uploads->putChunk(playlist, id, 1, QByteArray(10, 'a'), "other");
    QCOMPARE(noFilePart.status, 400);
    const auto broken = m_http->send("PUT", chunkPath, "--x\r\nnothing",
                                     {{"Content-Type", "multipart/form-data; boundary=x"}});
    QCOMPARE(broken.status, 400);
    QCOMPARE(m_http
                 ->send("PUT", UploadClient::path(playlist, id + u"/chunks/abc"_s),
                        UploadClient::multipart("a"),
                        {{"Content-Type", "multipart/form-data; boundary=" + UploadClient::boundary()}})
                 .status,
             422);
    QCOMPARE(m_uploads->putChunk(playlist, id, 2, QByteArray(10, 'a')).status, 422);
    QCOMPARE(m_uploads->putChunk(playlist, id, 1, QByteArray(9, 'a')).status, 422);
    const auto tooLong = m_uploads->putChunk(playlist, id, 1, QByteArray(11, 'a'));
    QCOMPARE(tooLong.status, 413);
    QCOMPARE(errorType(tooLong), u"payload_too_large"_s);
    QCOMPARE(m_uploads->putChunk(playlist, u"unknown"_s, 0, QByteArray(10, 'a')).status, 404);
    const QString other = createPlaylist(u"Other"_s);
    const auto elsewhere = m_uploads->putChunk(other, id, 1, QByteArray(10, 'a'));
    QCOMPARE(elsewhere.status, 404);
    QCOMPARE(elsewhere.json()[u"details"_s][u"resource"_s].toString(), u"upload_session"_s);

    QCOMPARE(m_uploads->putChunk(playlist, id, 1, QByteArray(10, 'a')).status, 200);
    const auto missing = m_uploads->finalize(playlist, id);
    QCOMPARE(missing.status, 409);
    QCOMPARE(missing.json()[u"details"_s][u"missing_chunks"_s].toArray(), QJsonArray({0}));

    const auto cancelled = m_http->del(UploadClient::path(playlist, id));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.data()[u"status"_s].toString(), u"cancelled"_s);
    QCOMPARE(m_uploads->putChunk(playlist, id, 0, QByteArray(1048576, 'a')).status, 409);
    QCOMPARE(m_http->get(UploadClient::path(playlist, id)).data()[u"status"_s].toString(), u"cancelled"_s);
    QVERIFY(!QDir(stagingDir() + u'/' + id).exists());
}

void tst_UploadApi::oversizeBodyIsRefusedAtTheDoor()
{
    const QString playlist = createPlaylist(u"Door"_s);
    const auto init = m_uploads->init(playlist, u"a.mp3"_s, 1048576);
    const QString id = init.data()[u"session_id"_s].toString();
    const auto refused = m_uploads->putChunk(playlist, id, 0, QByteArray(1048576 + 70000, 'a'));
    QCOMPARE(refused.status, 413);
    QCOMPARE(m_http->get(UploadClient::path(playlist, id)).data()[u"received_chunks"_s].toInt(), 0);
}

void tst_UploadApi::nonAudioLeavesNothing()
{
    const QString playlist = createPlaylist(u"Not Audio"_s);
    const QByteArray text
        = QByteArray("Dear diary, today I learned that this is not a song.\n").repeated(30000);
    const auto done = m_uploads->upload(playlist, u"song.mp3"_s, text);
    QCOMPARE(done.status, 422);
    QCOMPARE(errorType(done), u"validation_error"_s);
    QCOMPARE(m_http->get(u"/api/playlists/"_s + playlist).data()[u"track_count"_s].toInt(), 0);
    QVERIFY(QDir(folderOf(playlist)).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(QDir(stagingDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void tst_UploadApi::deletingThePlaylistCancelsItsUploads()
{
    const QString playlist = createPlaylist(u"Doomed"_s);
    const auto init = m_uploads->init(playlist, u"a.mp3"_s, 1048576 + 10);
    const QString id = init.data()[u"session_id"_s].toString();
    QCOMPARE(m_uploads->putChunk(playlist, id, 1, QByteArray(10, 'a')).status, 200);
    QVERIFY(QDir(stagingDir() + u'/' + id).exists());
    QCOMPARE(m_http->del(u"/api/playlists/"_s + playlist).status, 204);
    QCOMPARE(m_http->get(UploadClient::path(playlist, id)).status, 404);
    QVERIFY(!QDir(stagingDir() + u'/' + id).exists());
}

void tst_UploadApi::idleSessionsExpire()
{
    startServer({{u"OMB_UPLOAD_SESSION_TTL_SEC"_s, u"1"_s}});
    const QString playlist = createPlaylist(u"Slow"_s);
    const auto init = m_uploads->init(playlist, u"a.mp3"_s, 1048576 + 10);
    const QString id = init.data()[u"session_id"_s].toString();
    QCOMPARE(m_uploads->putChunk(playlist, id, 1, QByteArray(10, 'a')).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(UploadClient::path(playlist, id)).status, 404, 10000);
    QVERIFY(!QDir(stagingDir() + u'/' + id).exists());
}

QTEST_GUILESS_MAIN(tst_UploadApi)
#include "tst_uploadapi.moc"
