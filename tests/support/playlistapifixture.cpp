// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistapifixture.h"

#include "library/wavencoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

void PlaylistApiFixture::startServer()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
}

void PlaylistApiFixture::stopServer()
{
    QVERIFY(m_server->terminate());
}

void PlaylistApiFixture::clearLibrary()
{
    const QJsonArray existing = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &p : existing)
        QCOMPARE(m_http->del(u"/api/playlists/"_s + p[u"id"_s].toString()).status, 204);
}

QString PlaylistApiFixture::createPlaylist(const QString &title)
{
    const auto response = m_http->post(u"/api/playlists"_s, {{u"title"_s, title}});
    if (response.status != 201)
        qWarning() << response.body;
    return response.data()[u"id"_s].toString();
}

QJsonObject PlaylistApiFixture::playlist(const QString &id)
{
    return m_http->get(u"/api/playlists/"_s + id).data().toObject();
}

void PlaylistApiFixture::addTracks(const QString &playlistId, int count)
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
