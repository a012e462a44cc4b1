// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventenvelope.h"

#include "common/ids.h"
#include "common/timeformat.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

EventPtr EventEnvelope::make(const QString &name, const QJsonObject &payload, const Audience &audience,
                             qint64 seq, Kind kind)
{
    auto event = unframed(name, audience, seq, kind);
    event->m_payload = payload;
    return event;
}

EventPtr EventEnvelope::makeFromJson(const QString &name, const QByteArray &payloadJson,
                                     const Audience &audience, qint64 seq, Kind kind)
{
    auto event = unframed(name, audience, seq, kind);
    event->m_json = payloadJson;
    return event;
}

std::shared_ptr<EventEnvelope> EventEnvelope::unframed(const QString &name, const Audience &audience,
                                                       qint64 seq, Kind kind)
{
    auto event = std::shared_ptr<EventEnvelope>(new EventEnvelope);
    event->m_name = name;
    event->m_audience = audience;
    event->m_seq = seq;
    event->m_kind = kind;
    return event;
}

void EventEnvelope::frameOnce() const
{
    if (!m_socketIo.isNull()) // framed already, or a control packet
        return;
    if (m_json.isNull())
        m_json = QJsonDocument(m_payload).toJson(QJsonDocument::Compact);
    const QString json = QString::fromUtf8(m_json);
    const QString quotedName = quoted(m_name);
    m_socketIo = u"42["_s + quotedName + u',' + json + u']';
    m_plain = u"{\"event\":"_s + quotedName + u",\"data\":"_s + json + u'}';
}

EventPtr EventEnvelope::control(const QString &packet)
{
    auto event = std::shared_ptr<EventEnvelope>(new EventEnvelope);
    event->m_kind = Kind::Control;
    event->m_socketIo = packet;
    return event;
}

QJsonObject EventEnvelope::stateEnvelope(const QString &event, const QJsonValue &data, qint64 seq,
                                         const PlaylistScope &scope, const QJsonObject &extra)
{
    QJsonObject envelope = extra;
    envelope.insert(u"event_type"_s, event);
    envelope.insert(u"server_seq"_s, seq);
    envelope.insert(u"data"_s, data);
    envelope.insert(u"timestamp"_s, TimeFormat::nowUnixMs());
    envelope.insert(u"event_id"_s, Ids::newUuid());
    if (scope.isSet()) {
        envelope.insert(u"playlist_id"_s, scope.playlistId);
        envelope.insert(u"playlist_seq"_s, scope.playlistSeq);
    }
    return envelope;
}

QString EventEnvelope::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
        } else {
            out += c;
        }
    }
    out += u'"';
    return out;
}
