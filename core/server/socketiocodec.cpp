// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketiocodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SocketIo {

std::optional<Packet> decode(const QString &text)
{
    if (text.isEmpty() || text.front() < u'0' || text.front() > u'6')
        return std::nullopt;
    Packet packet;
    packet.type = Type(text.front().unicode() - u'0');
    qsizetype i = 1;
    if (packet.type == Type::BinaryEvent || packet.type == Type::BinaryAck) {
        const qsizetype dash = text.indexOf(u'-', i);
        if (dash < 0)
            return std::nullopt;
        i = dash + 1;
    }
    if (i < text.size() && text[i] == u'/') {
        const qsizetype comma = text.indexOf(u',', i);
        const qsizetype end = comma < 0 ? text.size() : comma;
        packet.nsp = text.mid(i, end - i);
        i = comma < 0 ? text.size() : comma + 1;
    }
    const qsizetype digits = i;
    // ASCII digits only: QChar::isDigit() also takes other scripts' digits, which toLongLong() reads as 0.
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
        ++i;
    if (i > digits) {
        if (i - digits > 15)
            return std::nullopt;
        packet.ackId = text.mid(digits, i - digits).toLongLong();
    }
    packet.data = text.mid(i);
    return packet;
}

QString encode(const Packet &packet)
{
    QString text = QString::number(int(packet.type));
    if (packet.nsp != "/"_L1)
        text += packet.nsp + u',';
    if (packet.ackId >= 0)
        text += QString::number(packet.ackId);
    text += packet.data;
    return text;
}

std::optional<Event> parseEvent(const QString &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    const QJsonArray array = document.array();
    if (array.isEmpty() || !array.first().isString())
        return std::nullopt;
    return Event {array.first().toString(),
                  array.size() > 1 ? array.at(1) : QJsonValue(QJsonValue::Undefined)};
}

} // namespace SocketIo
