// SPDX-License-Identifier: GPL-3.0-or-later
// Socket.IO v5 packets (the data of an Engine.IO message) and the event arrays inside them.

#include "fuzzcheck.h"
#include "server/socketiocodec.h"

#include <QJsonArray>
#include <QJsonDocument>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<SocketIo::Packet> packet = SocketIo::decode(text);
    if (packet) {
        FUZZ_CHECK(int(packet->type) >= 0 && int(packet->type) <= 6);
        FUZZ_CHECK(packet->ackId >= -1);
        // An ack id is the number the client wrote, so the reply reaches the callback that waits for it.
        if (packet->ackId >= 0)
            FUZZ_CHECK(text.contains(QString::number(packet->ackId)));
        FUZZ_CHECK(packet->nsp.startsWith(u'/'));
        FUZZ_CHECK(!packet->nsp.contains(u','));
        FUZZ_CHECK(packet->data.size() <= text.size());
        // What we encode decodes to the same packet. Binary packets are refused by the sessions and lose
        // their attachment count on encoding; a data that starts with '/' is not JSON and never sent.
        const bool binary
            = packet->type == SocketIo::Type::BinaryEvent || packet->type == SocketIo::Type::BinaryAck;
        if (!binary && !packet->data.startsWith(u'/')) {
            const QString encoded = SocketIo::encode(*packet);
            const std::optional<SocketIo::Packet> again = SocketIo::decode(encoded);
            FUZZ_CHECK(again);
            FUZZ_CHECK(again->type == packet->type);
            FUZZ_CHECK(again->nsp == packet->nsp);
            FUZZ_CHECK(again->ackId == packet->ackId);
            FUZZ_CHECK(again->data == packet->data);
        }
    }

    // The event array: a name that is a string, the payload the second element.
    const QString eventData = packet ? packet->data : text;
    if (const std::optional<SocketIo::Event> event = SocketIo::parseEvent(eventData)) {
        const QJsonArray array = QJsonDocument::fromJson(eventData.toUtf8()).array();
        FUZZ_CHECK(!array.isEmpty());
        FUZZ_CHECK(array.first().toString() == event->name);
        FUZZ_CHECK(array.size() > 1 ? array.at(1) == event->payload : event->payload.isUndefined());
        // The event array survives a trip through the encoder, as the server sends its events.
        const SocketIo::Packet out {SocketIo::Type::Event, QStringLiteral("/"), 7,
                                    QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))};
        const std::optional<SocketIo::Packet> back = SocketIo::decode(SocketIo::encode(out));
        FUZZ_CHECK(back && back->ackId == 7);
        const std::optional<SocketIo::Event> reread = SocketIo::parseEvent(back->data);
        FUZZ_CHECK(reread && reread->name == event->name);
    }
    return 0;
}
