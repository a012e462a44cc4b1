// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfixture.h"

#include <QFile>

using namespace Qt::StringLiterals;

ScreenFixture::ScreenFixture()
{
    player.attachBackend(&audio);
}

QString ScreenFixture::createPlaylist(const QString &title, int tracks)
{
    const QString id = library.createPlaylist(title);
    const std::optional<Playlist> playlist = library.repository().find(id);
    if (!playlist)
        return {};
    const QString folder = library.playlists().folderPath(*playlist);
    for (int n = 1; n <= tracks; ++n) {
        const QString name = u"%1.wav"_s.arg(n);
        QFile file(folder + u'/' + name);
        if (!file.open(QIODevice::WriteOnly) || file.write("RIFF") != 4)
            return {};
        PlaylistRepository::NewTrack track;
        track.title = u"%1 %2"_s.arg(title).arg(n);
        track.filename = name;
        track.durationMs = 60000;
        if (!library.repository().addTrack(id, track))
            return {};
    }
    return id;
}

ScreenServices ScreenFixture::services()
{
    return {settings,  player,     progress, library.playlists(), library.state, associations, tagActions,
            nfcStatus, parentAuth, language, idleShutdown};
}
