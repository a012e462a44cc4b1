// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Engine.IO v4 packets (PROTOCOL.md §1.2) as pure functions: one text frame or one record of a long-polling
// payload is `<type digit><data>`; polling payloads join packets with the record separator 0x1E.
namespace EngineIo {

enum class Type : char {
    Open = '0',
    Close = '1',
    Ping = '2',
    Pong = '3',
    Message = '4',
    Upgrade = '5',
    Noop = '6',
};

struct Packet
{
    Type type = Type::Noop;
    QString data;
};

constexpr char recordSeparator = '\x1e';

// nullopt for an empty text, an unknown type, or a base64 binary packet ("b…"), which we do not support.
std::optional<Packet> decode(const QString &text);
QString encode(Type type, const QString &data = {});

struct OpenOptions
{
    QString sid;
    QStringList upgrades;
    int pingIntervalMs = 25000;
    int pingTimeoutMs = 20000;
    int maxPayload = 1000000;
};
// 0{"sid":…,"upgrades":[…],"pingInterval":…,"pingTimeout":…,"maxPayload":…}
QString openPacket(const OpenOptions &options);

QList<QByteArray> splitPayload(const QByteArray &body);
QByteArray joinPayload(const QList<QByteArray> &packets);

} // namespace EngineIo
