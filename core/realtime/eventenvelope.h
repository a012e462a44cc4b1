// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>

class EventEnvelope;
using EventPtr = std::shared_ptr<const EventEnvelope>;

// One emission on its way out. The payload is serialised once and the frames of both transports are built
// from those bytes, so 500 recipients share one immutable object (and the replay ring keeps the same one,
// which makes a replay byte-identical). Both happen when a recipient first asks, on the thread that publishes
// and delivers (the main thread): the position ticks of a box nobody watches are never serialised.
class EventEnvelope
{
public:
    enum class Kind {
        Sequenced, // S: took the next server_seq, kept for replay
        Current, // C or R: carries the current value, sent once, not kept
        Position, // state:track_position: not kept, coalesced for slow clients
        Control, // an Engine.IO/Socket.IO packet with no event inside (ping, ack, connect)
    };
    enum class Transport { SocketIo, PlainWs };

    static EventPtr make(const QString &name, const QJsonObject &payload, const Audience &audience,
                         qint64 seq, Kind kind);
    // The same from a payload that is compact JSON already (the state:playlists snapshot, assembled from
    // cached bytes): the frames are built around those bytes and payload() stays empty.
    static EventPtr makeFromJson(const QString &name, const QByteArray &payloadJson, const Audience &audience,
                                 qint64 seq, Kind kind);
    // A Socket.IO-only packet sent as is ("2", "43<id>[…]", "40{…}").
    static EventPtr control(const QString &packet);

    // The §5.3 envelope of a state:* event.
    static QJsonObject stateEnvelope(const QString &event, const QJsonValue &data, qint64 seq,
                                     const PlaylistScope &scope = {}, const QJsonObject &extra = {});

    const QString &name() const { return m_name; }
    const QJsonObject &payload() const { return m_payload; } // empty when made from JSON bytes
    const Audience &audience() const { return m_audience; }
    qint64 seq() const { return m_seq; }
    Kind kind() const { return m_kind; }
    bool isPosition() const { return m_kind == Kind::Position; }
    bool isSequenced() const { return m_kind == Kind::Sequenced; }
    bool isControl() const { return m_kind == Kind::Control; }

    const QByteArray &json() const // the payload, compact
    {
        frameOnce();
        return m_json;
    }
    // 42["name",payload] — an Engine.IO message packet.
    const QString &socketIoPacket() const
    {
        frameOnce();
        return m_socketIo;
    }
    // {"event":"name","data":payload}
    const QString &plainFrame() const
    {
        frameOnce();
        return m_plain;
    }
    const QString &frame(Transport transport) const
    {
        return transport == Transport::SocketIo ? socketIoPacket() : plainFrame();
    }
    qint64 wireSize() const { return socketIoPacket().size(); }

    // JSON string literal for `text`, quotes included.
    static QString quoted(const QString &text);

private:
    EventEnvelope() = default;
    static std::shared_ptr<EventEnvelope> unframed(const QString &name, const Audience &audience, qint64 seq,
                                                   Kind kind);
    void frameOnce() const;

    QString m_name;
    QJsonObject m_payload;
    Audience m_audience;
    qint64 m_seq = 0;
    Kind m_kind = Kind::Current;
    mutable QByteArray m_json;
    mutable QString m_socketIo;
    mutable QString m_plain;
};
