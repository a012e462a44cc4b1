// SPDX-License-Identifier: GPL-3.0-or-later
// The playlist routes of PROTOCOL.md §4.1 against the real server on 127.0.0.1, and a table of bad inputs
// that must each get their documented status and envelope while the server keeps serving.

#include "httpclient.h"
#include "library/wavencoder.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_PlaylistApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void createGetListUpdateDelete();
    void listPaginationAndOrder();
    void unicodeAndLongTitles();
    void renameMovesTheFolder();
    void reorderByIdsAndNumbers();
    void deleteTracksRemovesFiles();
    void moveTrackBothPaths();
    void idempotentReplay();
    void badInputs_data();
    void badInputs();
    void oversizeBodyIsRefusedBeforeReading();
    void oversizeBodyOnKeptAliveConnection();
    void staticFilesAndTraversal();

private:
    QString createPlaylist(const QString &title);
    // Writes small files into a playlist's folder and rescans, giving it tracks.
    void addTracks(const QString &playlistId, int count);
    QJsonObject playlist(const QString &id);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void tst_PlaylistApi::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
}

void tst_PlaylistApi::cleanupTestCase()
{
    QVERIFY(m_server->terminate());
}

void tst_PlaylistApi::init()
{
    // A fresh library for every test: delete whatever the previous one left.
    const QJsonArray existing = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &p : existing)
        QCOMPARE(m_http->del(u"/api/playlists/"_s + p[u"id"_s].toString()).status, 204);
}

QString tst_PlaylistApi::createPlaylist(const QString &title)
{
    const auto response = m_http->post(u"/api/playlists"_s, {{u"title"_s, title}});
    if (response.status != 201)
        qWarning() << response.body;
    return response.data()[u"id"_s].toString();
}

QJsonObject tst_PlaylistApi::playlist(const QString &id)
{
    return m_http->get(u"/api/playlists/"_s + id).data().toObject();
}

void tst_PlaylistApi::addTracks(const QString &playlistId, int count)
{
    const QJsonObject p = playlist(playlistId);
    // The folder of a playlist is named after its title.
    const QString dir = m_server->dataDir() + u"/music/"_s + p[u"title"_s].toString();
    QVERIFY(QDir(dir).exists());
    const int before = int(p[u"tracks"_s].toArray().size());
    for (int i = 0; i < count; ++i) {
        QFile file(dir + u"/track %1.wav"_s.arg(before + i + 1, 2, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 0.2 s of silence: a real WAV that TagLib reads.
        file.write(WavEncoder::encode(QList<qint16>(1600, 0), 8000));
    }
    QCOMPARE(m_http->post(u"/api/playlists/sync"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(playlist(playlistId)[u"tracks"_s].toArray().size(), before + count, 10000);
}

void tst_PlaylistApi::createGetListUpdateDelete()
{
    const auto created = m_http->post(u"/api/playlists"_s, {{u"title"_s, u"  Bedtime Stories "_s}});
    QCOMPARE(created.status, 201);
    const QJsonObject body = created.json();
    QCOMPARE(body[u"status"_s].toString(), u"success"_s);
    QVERIFY(body[u"timestamp"_s].isDouble());
    QVERIFY(body[u"server_seq"_s].toInteger() > 0);
    const QJsonObject data = body[u"data"_s].toObject();
    QCOMPARE(data[u"title"_s].toString(), u"Bedtime Stories"_s);
    QCOMPARE(data[u"description"_s].toString(), QString());
    QVERIFY(data[u"nfc_tag_id"_s].isNull());
    QCOMPARE(data[u"playlist_seq"_s].toInt(), 1);
    QCOMPARE(data[u"type"_s].toString(), u"playlist"_s);
    QCOMPARE(data[u"playlist"_s].toObject()[u"id"_s], data[u"id"_s]);
    QCOMPARE(created.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(created.header("Cache-Control"), QByteArray("no-cache, no-store, must-revalidate"));
    const QString id = data[u"id"_s].toString();

    QCOMPARE(m_http->get(u"/api/playlists/"_s + id).status, 200);
    const auto list = m_http->get(u"/api/playlists/"_s); // the web client's trailing slash
    QCOMPARE(list.status, 200);
    QCOMPARE(list.data()[u"total"_s].toInt(), 1);

    const auto updated = m_http->put(u"/api/playlists/"_s + id, {{u"description"_s, u"for the night"_s}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.data()[u"description"_s].toString(), u"for the night"_s);
    QCOMPARE(updated.data()[u"playlist_seq"_s].toInt(), 2);

    QCOMPARE(m_http->del(u"/api/playlists/"_s + id).status, 204);
    const auto gone = m_http->get(u"/api/playlists/"_s + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json()[u"details"_s][u"resource"_s].toString(), u"playlist"_s);
}

void tst_PlaylistApi::listPaginationAndOrder()
{
    for (int i = 1; i <= 5; ++i)
        QVERIFY(!createPlaylist(u"List %1"_s.arg(i)).isEmpty());
    const auto page = m_http->get(u"/api/playlists?page=2&limit=2"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.data()[u"total"_s].toInt(), 5);
    QCOMPARE(page.data()[u"total_pages"_s].toInt(), 3);
    QCOMPARE(page.data()[u"page"_s].toInt(), 2);
    QCOMPARE(page.data()[u"playlists"_s].toArray().size(), 2);
    const auto last = m_http->get(u"/api/playlists?page=3&limit=2"_s);
    QCOMPARE(last.data()[u"playlists"_s].toArray().size(), 1);
    const auto beyond = m_http->get(u"/api/playlists?page=9&limit=2"_s);
    QCOMPARE(beyond.data()[u"playlists"_s].toArray().size(), 0);
    // Newest updated_at first.
    const QJsonArray all = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1][u"updated_at"_s].toString() >= all[i][u"updated_at"_s].toString());
}

void tst_PlaylistApi::unicodeAndLongTitles()
{
    const QString unicode = u"Schlaflieder für Émile 🌙 子守唄"_s;
    const QString id = createPlaylist(unicode);
    QCOMPARE(playlist(id)[u"title"_s].toString(), unicode);
    QCOMPARE(m_http->post(u"/api/playlists"_s, {{u"title"_s, QString(255, u'a')}}).status, 201);
    const auto tooLong = m_http->post(u"/api/playlists"_s, {{u"title"_s, QString(256, u'a')}});
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(tooLong.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), u"title"_s);
}

void tst_PlaylistApi::renameMovesTheFolder()
{
    const QString id = createPlaylist(u"Old Name"_s);
    addTracks(id, 1);
    QCOMPARE(m_http->put(u"/api/playlists/"_s + id, {{u"title"_s, u"New Name"_s}}).status, 200);
    QVERIFY(QDir(m_server->dataDir() + u"/music/New Name"_s).exists());
    QVERIFY(!QDir(m_server->dataDir() + u"/music/Old Name"_s).exists());
    const QJsonObject renamed = playlist(id);
    QVERIFY(QFile::exists(renamed[u"tracks"_s][0][u"file_path"_s].toString()));
}

void tst_PlaylistApi::reorderByIdsAndNumbers()
{
    const QString id = createPlaylist(u"Reorder"_s);
    addTracks(id, 3);
    const QJsonArray tracks = playlist(id)[u"tracks"_s].toArray();
    const auto byId = m_http->post(u"/api/playlists/%1/reorder"_s.arg(id),
                                   {{u"track_order"_s, QJsonArray {tracks[2][u"id"_s]}}});
    QCOMPARE(byId.status, 200);
    const QJsonArray after = byId.data()[u"tracks"_s].toArray();
    QCOMPARE(after[0][u"id"_s], tracks[2][u"id"_s]);
    QCOMPARE(after[1][u"id"_s], tracks[0][u"id"_s]);
    QCOMPARE(after[2][u"track_number"_s].toInt(), 3);

    const auto byNumber
        = m_http->post(u"/api/playlists/%1/reorder"_s.arg(id), {{u"track_order"_s, QJsonArray {3, 2, 1}}});
    QCOMPARE(byNumber.status, 200);
    QCOMPARE(byNumber.data()[u"tracks"_s][0][u"id"_s], tracks[1][u"id"_s]);

    const auto mixed = m_http->post(u"/api/playlists/%1/reorder"_s.arg(id),
                                    {{u"track_order"_s, QJsonArray {1, tracks[0][u"id"_s]}}});
    QCOMPARE(mixed.status, 422);
    const auto duplicate
        = m_http->post(u"/api/playlists/%1/reorder"_s.arg(id), {{u"track_order"_s, QJsonArray {1, 1}}});
    QCOMPARE(duplicate.status, 422);
    const auto unknown
        = m_http->post(u"/api/playlists/%1/reorder"_s.arg(id), {{u"track_order"_s, QJsonArray {9}}});
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), u"track_order[0]"_s);
}

void tst_PlaylistApi::deleteTracksRemovesFiles()
{
    const QString id = createPlaylist(u"Delete Tracks"_s);
    addTracks(id, 3);
    const QString path = playlist(id)[u"tracks"_s][1][u"file_path"_s].toString();
    QVERIFY(QFile::exists(path));
    const auto response
        = m_http->del(u"/api/playlists/%1/tracks"_s.arg(id), {{u"track_numbers"_s, QJsonArray {2, 7}}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.data()[u"deleted_track_numbers"_s].toArray(), QJsonArray {2});
    QCOMPARE(response.data()[u"missing_track_numbers"_s].toArray(), QJsonArray {7});
    QCOMPARE(response.data()[u"tracks"_s].toArray().size(), 2);
    QCOMPARE(response.data()[u"tracks"_s][1][u"track_number"_s].toInt(), 3); // the others keep their numbers
    QVERIFY(!QFile::exists(path));
}

void tst_PlaylistApi::moveTrackBothPaths()
{
    const QString source = createPlaylist(u"Source"_s);
    const QString target = createPlaylist(u"Target"_s);
    addTracks(source, 2);
    addTracks(target, 1);
    const auto moved = m_http->post(u"/api/playlists/move-track"_s,
                                    {{u"source_playlist_id"_s, source},
                                     {u"target_playlist_id"_s, target},
                                     {u"track_number"_s, 1},
                                     {u"target_position"_s, 1}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.data()[u"target_playlist"_s][u"tracks"_s].toArray().size(), 2);
    QCOMPARE(moved.data()[u"track"_s][u"track_number"_s].toInt(), 1);
    QVERIFY(QFile::exists(moved.data()[u"track"_s][u"file_path"_s].toString()));
    QVERIFY(moved.data()[u"track"_s][u"file_path"_s].toString().contains(u"/Target/"_s));

    const QString secondId = playlist(source)[u"tracks"_s][0][u"id"_s].toString();
    const auto second = m_http->post(u"/api/playlists/%1/move-track"_s.arg(source),
                                     {{u"target_playlist_id"_s, target}, {u"track_id"_s, secondId}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data()[u"track"_s][u"track_number"_s].toInt(), 3);
    QCOMPARE(playlist(source)[u"tracks"_s].toArray().size(), 0);

    const auto same = m_http->post(u"/api/playlists/%1/move-track"_s.arg(target),
                                   {{u"target_playlist_id"_s, target}, {u"track_number"_s, 1}});
    QCOMPARE(same.status, 422);
    const auto differs = m_http->post(
        u"/api/playlists/%1/move-track"_s.arg(target),
        {{u"source_playlist_id"_s, source}, {u"target_playlist_id"_s, source}, {u"track_number"_s, 1}});
    QCOMPARE(differs.status, 422);
}

void tst_PlaylistApi::idempotentReplay()
{
    const QJsonObject body {{u"title"_s, u"Once"_s}, {u"client_op_id"_s, u"op-create-once"_s}};
    const auto first = m_http->post(u"/api/playlists"_s, body);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json()[u"client_op_id"_s].toString(), u"op-create-once"_s);
    const auto again = m_http->post(u"/api/playlists"_s, body);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("X-Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(m_http->get(u"/api/playlists"_s).data()[u"total"_s].toInt(), 1);
    const auto reused = m_http->put(u"/api/playlists/"_s + first.data()[u"id"_s].toString(),
                                    {{u"title"_s, u"x"_s}, {u"client_op_id"_s, u"op-create-once"_s}});
    QCOMPARE(reused.status, 409);
}

void tst_PlaylistApi::badInputs_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");

    QTest::newRow("malformed JSON") << QByteArray("POST") << u"/api/playlists"_s << QByteArray("{\"title\":")
                                    << 400 << u"bad_request"_s;
    QTest::newRow("not an object") << QByteArray("POST") << u"/api/playlists"_s << QByteArray("[1,2]") << 400
                                   << u"bad_request"_s;
    QTest::newRow("missing title") << QByteArray("POST") << u"/api/playlists"_s << QByteArray("{}") << 422
                                   << u"validation_error"_s;
    QTest::newRow("title wrong type") << QByteArray("POST") << u"/api/playlists"_s
                                      << QByteArray("{\"title\":5}") << 422 << u"validation_error"_s;
    QTest::newRow("title blank") << QByteArray("POST") << u"/api/playlists"_s
                                 << QByteArray("{\"title\":\"   \"}") << 422 << u"validation_error"_s;
    QTest::newRow("title control char")
        << QByteArray("POST") << u"/api/playlists"_s << QByteArray("{\"title\":\"a\\u0007b\"}") << 422
        << u"validation_error"_s;
    QTest::newRow("description too long")
        << QByteArray("POST") << u"/api/playlists"_s
        << QByteArray("{\"title\":\"x\",\"description\":\"" + QByteArray(1001, 'd') + "\"}") << 422
        << u"validation_error"_s;
    QTest::newRow("bad client_op_id")
        << QByteArray("POST") << u"/api/playlists"_s
        << QByteArray("{\"title\":\"x\",\"client_op_id\":\"a b\"}") << 422 << u"validation_error"_s;
    QTest::newRow("update without fields")
        << QByteArray("PUT") << u"/api/playlists/{id}"_s << QByteArray("{}") << 422 << u"validation_error"_s;
    QTest::newRow("unknown id") << QByteArray("GET") << u"/api/playlists/nope"_s << QByteArray() << 404
                                << u"not_found"_s;
    QTest::newRow("unknown id delete")
        << QByteArray("DELETE") << u"/api/playlists/nope"_s << QByteArray() << 404 << u"not_found"_s;
    QTest::newRow("traversal id") << QByteArray("GET") << u"/api/playlists/..%2F..%2Fetc"_s << QByteArray()
                                  << 404 << u"not_found"_s;
    QTest::newRow("unknown route") << QByteArray("GET") << u"/api/nothing/here"_s << QByteArray() << 404
                                   << u"not_found"_s;
    QTest::newRow("wrong method") << QByteArray("PATCH") << u"/api/playlists"_s << QByteArray("{}") << 405
                                  << u"method_not_allowed"_s;
    QTest::newRow("page zero") << QByteArray("GET") << u"/api/playlists?page=0"_s << QByteArray() << 422
                               << u"validation_error"_s;
    QTest::newRow("limit too big") << QByteArray("GET") << u"/api/playlists?limit=101"_s << QByteArray()
                                   << 422 << u"validation_error"_s;
    QTest::newRow("limit not a number")
        << QByteArray("GET") << u"/api/playlists?limit=ten"_s << QByteArray() << 422 << u"validation_error"_s;
    QTest::newRow("reorder empty") << QByteArray("POST") << u"/api/playlists/{id}/reorder"_s
                                   << QByteArray("{\"track_order\":[]}") << 422 << u"validation_error"_s;
    QTest::newRow("delete tracks strings")
        << QByteArray("DELETE") << u"/api/playlists/{id}/tracks"_s
        << QByteArray("{\"track_numbers\":[\"1\"]}") << 422 << u"validation_error"_s;
    QTest::newRow("delete tracks fraction")
        << QByteArray("DELETE") << u"/api/playlists/{id}/tracks"_s << QByteArray("{\"track_numbers\":[1.5]}")
        << 422 << u"validation_error"_s;
    QTest::newRow("move both selectors")
        << QByteArray("POST") << u"/api/playlists/move-track"_s
        << QByteArray("{\"source_playlist_id\":\"a\",\"target_playlist_id\":\"b\","
                      "\"track_number\":1,\"track_id\":\"t\"}")
        << 422 << u"validation_error"_s;
    QTest::newRow("move bad id chars")
        << QByteArray("POST") << u"/api/playlists/move-track"_s
        << QByteArray("{\"source_playlist_id\":\"../x\",\"target_playlist_id\":\"b\","
                      "\"track_number\":1}")
        << 422 << u"validation_error"_s;
}

void tst_PlaylistApi::badInputs()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorType);

    const QString id = createPlaylist(u"Target of bad inputs"_s);
    path.replace(u"{id}"_s, id);
    const auto response = m_http->send(method, path, body);
    QCOMPARE(response.status, status);
    const QJsonObject envelope = response.json();
    QCOMPARE(envelope[u"status"_s].toString(), u"error"_s);
    QCOMPARE(envelope[u"error_type"_s].toString(), errorType);
    QVERIFY(!envelope[u"message"_s].toString().isEmpty());
    QVERIFY(envelope[u"timestamp"_s].isDouble());
    if (status == 422)
        QVERIFY(!envelope[u"details"_s][u"errors"_s].toArray().isEmpty());
    if (status == 405)
        QVERIFY(!response.header("Allow").isEmpty());
    // The server keeps serving.
    QCOMPARE(m_http->get(u"/api/health"_s).status, 200);
}

void tst_PlaylistApi::oversizeBodyIsRefusedBeforeReading()
{
    const auto response = m_http->send("POST", u"/api/playlists"_s, QByteArray(4 * 1024 * 1024, 'x'));
    QCOMPARE(response.status, 413);
    QCOMPARE(response.json()[u"error_type"_s].toString(), u"payload_too_large"_s);
    QCOMPARE(m_http->get(u"/api/health"_s).status, 200);
}

void tst_PlaylistApi::oversizeBodyOnKeptAliveConnection()
{
    // Several requests with binary bodies on one connection, then one that declares too large a body: the
    // front door follows the stream and refuses that one before its body is read.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray received;
    auto readResponses = [&](int count) {
        QTRY_VERIFY_WITH_TIMEOUT(received.append(socket.readAll()).count("HTTP/1.1 ") >= count, 10000);
    };
    const QByteArray binary(200000, '\x01');
    for (int i = 0; i < 3; ++i) {
        socket.write("PUT /api/playlists/none HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                     + QByteArray::number(binary.size()) + "\r\n\r\n" + binary);
        readResponses(i + 1);
    }
    QCOMPARE(received.count("HTTP/1.1 400"), 3); // not JSON, and the connection stayed in step
    socket.write("PUT /api/playlists/none HTTP/1.1\r\nHost: localhost\r\nContent-Length: 50000000\r\n\r\n");
    readResponses(4);
    QVERIFY(received.contains("HTTP/1.1 413"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
}

void tst_PlaylistApi::staticFilesAndTraversal()
{
    const auto index = m_http->get(u"/"_s);
    QCOMPARE(index.status, 200);
    QVERIFY(index.header("Content-Type").startsWith("text/html"));
    const auto deepLink = m_http->get(u"/some/client/route"_s);
    QCOMPARE(deepLink.status, 200);
    QCOMPARE(deepLink.header("Cache-Control"), QByteArray("no-cache"));
    // Sent byte for byte: an HTTP client library would resolve the dot segments before sending.
    for (const QByteArray &path : {QByteArray("/../../etc/passwd"), QByteArray("/%2e%2e/%2e%2e/etc/passwd"),
                                   QByteArray("/css/%2E%2E/index.html")}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.state() == QAbstractSocket::UnconnectedState || socket.bytesAvailable() > 12, 5000);
        QVERIFY2(socket.readLine().startsWith("HTTP/1.1 404"), path.constData());
    }
    QCOMPARE(m_http->send("POST", u"/index.html"_s, {}).status, 405);
}

QTEST_GUILESS_MAIN(tst_PlaylistApi)
#include "tst_playlistapi.moc"
