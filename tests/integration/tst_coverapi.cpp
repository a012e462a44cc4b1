// SPDX-License-Identifier: GPL-3.0-or-later
// Cover art through the real server (PROTOCOL.md §4.11): an upload whose file carries a picture shows
// cover_url on the track and the playlist, the picture is served as a JPEG with an ETag and a year's cache,
// If-None-Match gets a 304, bad names and missing pictures a 404 envelope, and a file with a broken picture
// is imported without a cover and with a log line.
#include "coverfixtures.h"
#include "httpclient.h"
#include "serverprocess.h"
#include "uploadclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CoverApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void uploadedPictureBecomesTheCover();
    void coverIsServedWithItsETag();
    void badNamesAndMissingCoversAre404_data();
    void badNamesAndMissingCoversAre404();
    void brokenPictureIsSkippedAndTheTrackImported();

private:
    QString createPlaylist(const QString &title);
    QByteArray wavWithPicture(const QByteArray &picture);
    QJsonObject playlist(const QString &id);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<UploadClient> m_uploads;
    QTemporaryDir m_scratch;
    QString m_coverUrl;
};

void tst_CoverApi::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s});
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    m_uploads = std::make_unique<UploadClient>(*m_http);
}

void tst_CoverApi::cleanupTestCase()
{
    m_uploads.reset();
    m_http.reset();
    m_server.reset();
}

QString tst_CoverApi::createPlaylist(const QString &title)
{
    const auto created = m_http->post(u"/api/playlists"_s, {{u"title"_s, title}});
    return created.status == 201 ? created.data()[u"id"_s].toString() : QString();
}

QByteArray tst_CoverApi::wavWithPicture(const QByteArray &picture)
{
    const QString path = m_scratch.filePath(u"song.wav"_s);
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(UploadClient::wav(64 * 1024)) <= 0)
        return {};
    file.close();
    if (!CoverFixtures::embed(path, picture))
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject tst_CoverApi::playlist(const QString &id)
{
    return m_http->get(u"/api/playlists/"_s + id).data().toObject();
}

void tst_CoverApi::uploadedPictureBecomesTheCover()
{
    const QString id = createPlaylist(u"Pictures"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(playlist(id)[u"cover_url"_s], QJsonValue(QJsonValue::Null));

    const QByteArray picture = CoverFixtures::image("jpeg", 1200, 900, 0xcc3300);
    const QByteArray wav = wavWithPicture(picture);
    QVERIFY(!wav.isEmpty());
    const auto uploaded = m_uploads->upload(id, u"song.wav"_s, wav);
    QVERIFY2(uploaded.status == 200 || uploaded.status == 201, uploaded.body.constData());

    // The cover is looked for in the background after the import.
    QTRY_VERIFY_WITH_TIMEOUT(!playlist(id)[u"cover_url"_s].isNull(), 20000);
    const QJsonObject found = playlist(id);
    m_coverUrl = found[u"cover_url"_s].toString();
    QVERIFY2(m_coverUrl.startsWith(u"/api/covers/"_s) && m_coverUrl.endsWith(u".jpg"_s),
             qPrintable(m_coverUrl));
    QCOMPARE(found[u"tracks"_s][0][u"cover_url"_s].toString(), m_coverUrl);

    // The list carries it too (the cached JSON moved with the cover).
    const QJsonArray list = m_http->get(u"/api/playlists"_s).data()[u"playlists"_s].toArray();
    bool listed = false;
    for (const QJsonValue &entry : list)
        listed = listed || entry[u"cover_url"_s].toString() == m_coverUrl;
    QVERIFY(listed);
}

void tst_CoverApi::coverIsServedWithItsETag()
{
    QVERIFY2(!m_coverUrl.isEmpty(), "needs the cover of uploadedPictureBecomesTheCover");
    const auto served = m_http->get(m_coverUrl);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(served.header("cache-control"), QByteArray("public, max-age=31536000, immutable"));
    const QByteArray etag = served.header("etag");
    QVERIFY(etag.startsWith('"') && etag.size() == 42);
    QImage image = QImage::fromData(served.body, "jpeg");
    QCOMPARE(image.size(), QSize(512, 384));

    const auto again = m_http->send("GET", m_coverUrl, {}, {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("etag"), etag);
    QCOMPARE(m_http->send("GET", m_coverUrl, {}, {{"If-None-Match", "\"other\""}}).status, 200);
}

void tst_CoverApi::badNamesAndMissingCoversAre404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing") << u"/api/covers/%1.jpg"_s.arg(QString(40, u'0'));
    QTest::newRow("upper-case hex") << u"/api/covers/%1.jpg"_s.arg(QString(40, u'A'));
    QTest::newRow("not a hash") << u"/api/covers/cover.jpg"_s;
    QTest::newRow("database") << u"/api/covers/..%2Fopenmusicbox.db"_s;
    QTest::newRow("dot dot") << u"/api/covers/%2E%2E"_s;
    QTest::newRow("png") << u"/api/covers/%1.png"_s.arg(QString(40, u'0'));
}

void tst_CoverApi::badNamesAndMissingCoversAre404()
{
    QFETCH(QString, path);
    const auto response = m_http->get(path);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json()[u"status"_s].toString(), u"error"_s);
    QVERIFY(!response.body.contains("SQLite"));
}

void tst_CoverApi::brokenPictureIsSkippedAndTheTrackImported()
{
    const QString id = createPlaylist(u"Broken"_s);
    QVERIFY(!id.isEmpty());
    const QByteArray wav = wavWithPicture(CoverFixtures::pngHeaderOnly(30000, 30000));
    QVERIFY(!wav.isEmpty());
    const auto uploaded = m_uploads->upload(id, u"broken.wav"_s, wav);
    QVERIFY2(uploaded.status == 200 || uploaded.status == 201, uploaded.body.constData());

    QTRY_VERIFY_WITH_TIMEOUT(m_server->output().contains(u"broken.wav skipped"_s), 20000);
    QVERIFY2(m_server->output().contains(u"30000x30000"_s), qPrintable(m_server->output().right(2000)));
    const QJsonObject imported = playlist(id);
    QCOMPARE(imported[u"track_count"_s].toInt(), 1);
    QCOMPARE(imported[u"cover_url"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(imported[u"tracks"_s][0][u"cover_url"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(m_http->get(u"/api/health"_s).status, 200); // the box is fine
}

QTEST_GUILESS_MAIN(tst_CoverApi)
#include "tst_coverapi.moc"
