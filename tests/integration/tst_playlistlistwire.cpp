// SPDX-License-Identifier: GPL-3.0-or-later
// The playlist list and the state:playlists snapshot are assembled from cached JSON bytes; on the real
// server, with odd texts (quotes, backslashes, unicode, control characters from names on disk), empty
// playlists and null fields, the bytes on the wire are exactly what QJsonDocument's compact output writes
// for the same content (parsing them and writing them again gives the same bytes).

#include "httpclient.h"
#include "library/wavencoder.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_PlaylistListWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listIsWrittenAsQJsonDocumentWrites();
    void snapshotFramesAreWrittenAsQJsonDocumentWrites();

private:
    static QByteArray rewritten(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
    }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void tst_PlaylistListWire::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());

    for (const QString &title :
         {u"say \"hi\""_s, u"back\\slash\\"_s, u"Été · 日本語 · 🎵"_s, u"</script>&'"_s}) {
        const auto created
            = m_http->post(u"/api/playlists"_s,
                           QJsonObject {{u"title"_s, title}, {u"description"_s, QString(title + u"\\"_s)}});
        QCOMPARE(created.status, 201); // empty playlists, no tag, no volume limits: null fields
    }
    // Names on disk may hold what the API refuses: control characters reach the list through a sync.
    const QString folder = m_server->dataDir() + u"/music/Odd \"folder\" \\ \u0007 🎵"_s;
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {u"tab\there.wav"_s, u"quote \" and \u0001.wav"_s}) {
        QFile file(folder + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(WavEncoder::encode(QList<qint16>(800, 0), 8000)); // no tags: artist and album null
    }
    QCOMPARE(m_http->post(u"/api/playlists/sync"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(u"/api/playlists?limit=100"_s).data()[u"total"_s].toInt(), 5,
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/playlists?limit=100"_s).body.contains("tab\\there"), 10000);
}

void tst_PlaylistListWire::cleanupTestCase()
{
    QVERIFY(m_server->terminate());
}

void tst_PlaylistListWire::listIsWrittenAsQJsonDocumentWrites()
{
    for (const QString &path : {u"/api/playlists?limit=100"_s, u"/api/playlists?page=2&limit=2"_s,
                                u"/api/playlists?page=9&limit=2"_s, u"/api/playlists"_s}) {
        const auto response = m_http->get(path);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, rewritten(response.body));
        QCOMPARE(response.header("content-type"), "application/json; charset=utf-8");
        QCOMPARE(response.header("cache-control"), "no-cache, no-store, must-revalidate");
        const QJsonObject envelope = response.json();
        QCOMPARE(envelope.keys(),
                 (QStringList {u"data"_s, u"message"_s, u"server_seq"_s, u"status"_s, u"timestamp"_s}));
        QCOMPARE(envelope[u"data"_s].toObject().keys(),
                 (QStringList {u"limit"_s, u"page"_s, u"playlists"_s, u"total"_s, u"total_pages"_s}));
    }
    const QJsonArray playlists = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    QCOMPARE(playlists.size(), 5);
    bool sawNullArtist = false;
    bool sawEmpty = false;
    for (const QJsonValue &playlist : playlists) {
        QVERIFY(playlist[u"nfc_tag_id"_s].isNull());
        sawEmpty = sawEmpty || playlist[u"tracks"_s].toArray().isEmpty();
        for (const QJsonValue &track : playlist[u"tracks"_s].toArray())
            sawNullArtist = sawNullArtist || track[u"artist"_s].isNull();
    }
    QVERIFY(sawEmpty);
    QVERIFY(sawNullArtist);

    // An error on the same route keeps its envelope.
    const auto bad = m_http->get(u"/api/playlists?limit=0"_s);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json()[u"status"_s].toString(), u"error"_s);
}

void tst_PlaylistListWire::snapshotFramesAreWrittenAsQJsonDocumentWrites()
{
    for (const bool socketIo : {false, true}) {
        WsTestClient client;
        client.open(QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_server->port())
                             .arg(socketIo ? u"/socket.io/?EIO=4&transport=websocket"_s : u"/ws"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected() && !client.frames().isEmpty(), 10000);
        if (socketIo) {
            client.send(u"40"_s);
            QTRY_VERIFY_WITH_TIMEOUT(client.hasFrameStartingWith(u"40{"_s), 10000);
            client.send(u"42[\"join:playlists\",{}]"_s);
        } else {
            client.sendEvent(u"join:playlists"_s);
        }
        const QString prefix = socketIo ? u"42[\"state:playlists\","_s : u"{\"event\":\"state:playlists\","_s;
        QTRY_VERIFY_WITH_TIMEOUT(client.hasFrameStartingWith(prefix), 10000);
        QString frame;
        for (const QString &candidate : client.frames()) {
            if (candidate.startsWith(prefix))
                frame = candidate;
        }
        // 42["state:playlists",<payload>] or {"event":"state:playlists","data":<payload>}
        const QByteArray bytes = frame.toUtf8();
        const QByteArray head
            = socketIo ? "42[\"state:playlists\"," : "{\"event\":\"state:playlists\",\"data\":";
        QVERIFY(bytes.startsWith(head));
        const QByteArray payload = bytes.sliced(head.size(), bytes.size() - head.size() - 1);
        QCOMPARE(payload, rewritten(payload));
        const auto event = WsTestClient::parse(frame);
        QVERIFY(event);
        const QJsonObject data = event->data[u"data"_s].toObject();
        QCOMPARE(data[u"reason"_s].toString(), u"snapshot"_s);
        QCOMPARE(data[u"total"_s].toInt(), 5);
        QCOMPARE(data[u"playlists"_s].toArray().size(), 5);
        QVERIFY2(payload.contains("Odd \\\"folder"), payload.constData());
    }
}

QTEST_GUILESS_MAIN(tst_PlaylistListWire)
#include "tst_playlistlistwire.moc"
