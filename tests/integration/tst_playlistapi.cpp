// SPDX-License-Identifier: GPL-3.0-or-later
// The playlist routes of PROTOCOL.md §4.1 against the real server on 127.0.0.1 (their bad inputs are
// tst_httperrors).

#include "playlistapifixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_PlaylistApi : public PlaylistApiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init() { clearLibrary(); }

    void createGetListUpdateDelete();
    void listPaginationAndOrder();
    void unicodeAndLongTitles();
    void renameMovesTheFolder();
    void reorderByIdsAndNumbers();
    void deleteTracksRemovesFiles();
    void moveTrackBothPaths();
    void idempotentReplay();
};

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

QTEST_GUILESS_MAIN(tst_PlaylistApi)
#include "tst_playlistapi.moc"
