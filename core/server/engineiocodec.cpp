// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineiocodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EngineIo {

std::optional<Packet> decode(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QChar first = text.front();
    if (first < u'0' || first > u'6')
        return std::nullopt;
    return Packet {Type(char(first.unicode())), text.mid(1)};
}

QString encode(Type type, const QString &data)
{
    return QChar(QLatin1Char(char(type))) + data;
}

QString openPacket(const OpenOptions &options)
{
    const QJsonObject open {{u"sid"_s, options.sid},
                            {u"upgrades"_s, QJsonArray::fromStringList(options.upgrades)},
                            {u"pingInterval"_s, options.pingIntervalMs},
                            {u"pingTimeout"_s, options.pingTimeoutMs},
                            {u"maxPayload"_s, options.maxPayload}};
    return encode(Type::Open, QString::fromUtf8(QJsonDocument(open).toJson(QJsonDocument::Compact)));
}

QList<QByteArray> splitPayload(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    return body.split(recordSeparator);
}

QByteArray joinPayload(const QList<QByteArray> &packets)
{
    qsizetype size = packets.size();
    for (const QByteArray &packet : packets)
        size += packet.size();
    QByteArray body;
    body.reserve(size);
    for (qsizetype i = 0; i < packets.size(); ++i) {
        if (i > 0)
            body += recordSeparator;
        body += packets[i];
    }
    return body;
}

} // namespace EngineIo
