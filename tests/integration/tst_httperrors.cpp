// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP edge of the real server on 127.0.0.1: a table of bad inputs to the playlist routes that must each
// get their documented status and envelope while the server keeps serving, bodies too large to read, and the
// static files with the paths that try to leave their folder.

#include "playlistapifixture.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_HttpErrors : public PlaylistApiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init() { clearLibrary(); }

    void badInputs_data();
    void badInputs();
    void oversizeBodyIsRefusedBeforeReading();
    void oversizeBodyOnKeptAliveConnection();
    void staticFilesAndTraversal();
};

void tst_HttpErrors::badInputs_data()
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

void tst_HttpErrors::badInputs()
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

void tst_HttpErrors::oversizeBodyIsRefusedBeforeReading()
{
    const auto response = m_http->send("POST", u"/api/playlists"_s, QByteArray(4 * 1024 * 1024, 'x'));
    QCOMPARE(response.status, 413);
    QCOMPARE(response.json()[u"error_type"_s].toString(), u"payload_too_large"_s);
    QCOMPARE(m_http->get(u"/api/health"_s).status, 200);
}

void tst_HttpErrors::oversizeBodyOnKeptAliveConnection()
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

void tst_HttpErrors::staticFilesAndTraversal()
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

QTEST_GUILESS_MAIN(tst_HttpErrors)
#include "tst_httperrors.moc"
