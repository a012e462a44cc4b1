// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Where an event goes (PROTOCOL.md §5.1): every connection, or the members of some rooms.
struct Audience
{
    bool everyone = false;
    QStringList rooms;

    static Audience global() { return {true, {}}; }
    static Audience to(const QStringList &rooms) { return {false, rooms}; }
};

namespace Rooms {
inline QString playlists()
{
    return QStringLiteral("playlists");
}
inline QString nfc()
{
    return QStringLiteral("nfc");
}
inline QString playlist(const QString &playlistId)
{
    return QStringLiteral("playlist:") + playlistId;
}
} // namespace Rooms

// The playlist a playlist-scoped (P) event belongs to, with the revision the change produced.
struct PlaylistScope
{
    QString playlistId;
    qint64 playlistSeq = 0;

    bool isSet() const { return !playlistId.isEmpty(); }
};
