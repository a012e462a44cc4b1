// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientsubscriptionmanager.h"

#include <algorithm>

void ClientSubscriptionManager::addClient(ClientId client)
{
    m_clients.try_emplace(client);
}

void ClientSubscriptionManager::removeClient(ClientId client)
{
    const auto it = m_clients.find(client);
    if (it == m_clients.end())
        return;
    for (const QString &room : std::as_const(it->second)) {
        auto members = m_rooms.find(room);
        if (members == m_rooms.end())
            continue;
        members->remove(client);
        if (members->isEmpty())
            m_rooms.erase(members);
    }
    m_clients.erase(it);
}

bool ClientSubscriptionManager::hasClient(ClientId client) const
{
    return m_clients.count(client) > 0;
}

int ClientSubscriptionManager::clientCount() const
{
    return int(m_clients.size());
}

QList<ClientId> ClientSubscriptionManager::clients() const
{
    QList<ClientId> ids;
    ids.reserve(qsizetype(m_clients.size()));
    for (const auto &entry : m_clients)
        ids.append(entry.first);
    return ids;
}

bool ClientSubscriptionManager::join(ClientId client, const QString &room)
{
    const auto it = m_clients.find(client);
    if (it == m_clients.end() || room.isEmpty())
        return false;
    it->second.insert(room);
    m_rooms[room].insert(client);
    return true;
}

bool ClientSubscriptionManager::leave(ClientId client, const QString &room)
{
    const auto it = m_clients.find(client);
    if (it == m_clients.end() || !it->second.remove(room))
        return false;
    auto members = m_rooms.find(room);
    if (members != m_rooms.end()) {
        members->remove(client);
        if (members->isEmpty())
            m_rooms.erase(members);
    }
    return true;
}

bool ClientSubscriptionManager::isMember(ClientId client, const QString &room) const
{
    const auto it = m_clients.find(client);
    return it != m_clients.end() && it->second.contains(room);
}

QStringList ClientSubscriptionManager::rooms(ClientId client) const
{
    const auto it = m_clients.find(client);
    if (it == m_clients.end())
        return {};
    QStringList list(it->second.cbegin(), it->second.cend());
    list.sort();
    return list;
}

QList<ClientId> ClientSubscriptionManager::members(const QString &room) const
{
    const auto it = m_rooms.constFind(room);
    if (it == m_rooms.cend())
        return {};
    QList<ClientId> list(it->cbegin(), it->cend());
    std::sort(list.begin(), list.end());
    return list;
}

QList<ClientId> ClientSubscriptionManager::recipients(const Audience &audience) const
{
    if (audience.everyone)
        return clients();
    if (audience.rooms.size() == 1)
        return members(audience.rooms.constFirst());
    QList<ClientId> list;
    for (const QString &room : audience.rooms) {
        const auto it = m_rooms.constFind(room);
        if (it != m_rooms.cend())
            list.append(QList<ClientId>(it->cbegin(), it->cend()));
    }
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

bool ClientSubscriptionManager::reaches(ClientId client, const Audience &audience) const
{
    const auto it = m_clients.find(client);
    if (it == m_clients.end())
        return false;
    if (audience.everyone)
        return true;
    return std::any_of(audience.rooms.cbegin(), audience.rooms.cend(),
                       [&](const QString &room) { return it->second.contains(room); });
}

QList<ClientId> ClientSubscriptionManager::removeRoom(const QString &room)
{
    const QList<ClientId> former = members(room);
    for (ClientId client : former) {
        const auto it = m_clients.find(client);
        if (it != m_clients.end())
            it->second.remove(room);
    }
    m_rooms.remove(room);
    return former;
}

QMap<QString, int> ClientSubscriptionManager::roomSizes() const
{
    QMap<QString, int> sizes;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
        sizes.insert(it.key(), int(it->size()));
    return sizes;
}
