// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// Socket.IO v5 packets, the data of an Engine.IO message (PROTOCOL.md §1.2), as pure functions:
// `<type>[<attachments>-][<namespace>,][<ack id>][<json>]`.
namespace SocketIo {

enum class Type {
    Connect = 0,
    Disconnect = 1,
    Event = 2,
    Ack = 3,
    ConnectError = 4,
    BinaryEvent = 5,
    BinaryAck = 6,
};

struct Packet
{
    Type type = Type::Event;
    QString nsp = QStringLiteral("/");
    qint64 ackId = -1; // -1: none
    QString data; // the JSON text, may be empty
};

// nullopt when the text is not a Socket.IO packet (unknown type, bad namespace or ack id).
std::optional<Packet> decode(const QString &text);
QString encode(const Packet &packet);

struct Event
{
    QString name;
    QJsonValue payload; // undefined when the client sent none
};
// `["name", payload, …extra ignored]`; nullopt when it is not an array that starts with a string.
std::optional<Event> parseEvent(const QString &data);

} // namespace SocketIo
