// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

// The fixture of the HTTP API tests: one real server for the whole test case, an HTTP client to it, and
// helpers that make playlists with real tracks. Each test class calls startServer() in initTestCase(),
// stopServer() in cleanupTestCase() and clearLibrary() in init(), so that every test starts from an empty
// library.
class PlaylistApiFixture : public QObject
{
    Q_OBJECT

protected:
    void startServer();
    void stopServer();
    void clearLibrary(); // deletes every playlist the previous test left

    QString createPlaylist(const QString &title); // its id, or empty on failure
    // Writes small files into a playlist's folder and rescans, giving it tracks.
    void addTracks(const QString &playlistId, int count);
    QJsonObject playlist(const QString &id);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
};
