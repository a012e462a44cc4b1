// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience.h"
#include "realtimeclient.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <map>

// Who is connected and which rooms each connection is in (PROTOCOL.md §5.1): `playlists`, `playlist:{id}`,
// `nfc`. A connection starts in no room and leaves every room when it goes away.
class ClientSubscriptionManager
{
public:
    void addClient(ClientId client);
    void removeClient(ClientId client);
    bool hasClient(ClientId client) const;
    int clientCount() const;
    QList<ClientId> clients() const; // in connection order

    // False when the client is unknown. Joining twice is fine (a re-join re-sends snapshots upstream).
    bool join(ClientId client, const QString &room);
    // True when the client was a member.
    bool leave(ClientId client, const QString &room);
    bool isMember(ClientId client, const QString &room) const;
    QStringList rooms(ClientId client) const; // sorted
    QList<ClientId> members(const QString &room) const; // in connection order

    // Each connection that should receive an event aimed at `audience`, once, in connection order.
    QList<ClientId> recipients(const Audience &audience) const;
    // Whether a connection would receive an event aimed at `audience` (replay filtering).
    bool reaches(ClientId client, const Audience &audience) const;

    // Empties a room (a deleted playlist's); returns its former members.
    QList<ClientId> removeRoom(const QString &room);
    QMap<QString, int> roomSizes() const;

private:
    std::map<ClientId, QSet<QString>> m_clients; // ordered: connection order, since ids only grow
    QHash<QString, QSet<ClientId>> m_rooms;
};
