// SPDX-License-Identifier: GPL-3.0-or-later
#include "realtime/eventenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_EventEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesCarryTheSamePayloadBytes()
    {
        const QJsonObject payload {{u"title"_s, u"Été \"quoted\""_s}, {u"n"_s, 3}};
        const EventPtr event = EventEnvelope::make(u"state:player"_s, payload, Audience::global(), 7,
                                                   EventEnvelope::Kind::Sequenced);
        const QString json = QString::fromUtf8(event->json());
        QCOMPARE(event->socketIoPacket(), u"42[\"state:player\","_s + json + u']');
        QCOMPARE(event->plainFrame(), u"{\"event\":\"state:player\",\"data\":"_s + json + u'}');

        const QJsonArray array = QJsonDocument::fromJson(event->socketIoPacket().mid(2).toUtf8()).array();
        QCOMPARE(array.at(0).toString(), u"state:player"_s);
        QCOMPARE(array.at(1).toObject(), payload);
        const QJsonObject frame = QJsonDocument::fromJson(event->plainFrame().toUtf8()).object();
        QCOMPARE(frame.value(u"data"_s).toObject(), payload);
        QCOMPARE(event->frame(EventEnvelope::Transport::PlainWs), event->plainFrame());
        QVERIFY(event->isSequenced());
        QCOMPARE(event->seq(), 7);
    }

    void framesFromSerialisedPayloadAreTheSame()
    {
        const QJsonObject payload {{u"data"_s, QJsonObject {{u"title"_s, u"a\"b\\c\n🎵"_s}}}, {u"n"_s, 3}};
        const EventPtr parsed = EventEnvelope::make(u"state:playlists"_s, payload, Audience::global(), 7,
                                                    EventEnvelope::Kind::Current);
        const EventPtr bytes = EventEnvelope::makeFromJson(
            u"state:playlists"_s, parsed->json(), Audience::global(), 7, EventEnvelope::Kind::Current);
        QCOMPARE(bytes->json(), parsed->json());
        QCOMPARE(bytes->socketIoPacket(), parsed->socketIoPacket());
        QCOMPARE(bytes->plainFrame(), parsed->plainFrame());
        QCOMPARE(bytes->seq(), 7);
        QVERIFY(bytes->payload().isEmpty());
    }

    void namesAreEscaped() { QCOMPARE(EventEnvelope::quoted(u"a\"b\\c\n"_s), u"\"a\\\"b\\\\c\\u000a\""_s); }

    void stateEnvelopeFields()
    {
        const QJsonObject envelope
            = EventEnvelope::stateEnvelope(u"state:track_added"_s, QJsonObject {{u"x"_s, 1}}, 42,
                                           {u"pl"_s, 6}, {{u"track"_s, QJsonObject {{u"id"_s, u"t"_s}}}});
        QCOMPARE(envelope.value(u"event_type"_s).toString(), u"state:track_added"_s);
        QCOMPARE(envelope.value(u"server_seq"_s).toInteger(), 42);
        QCOMPARE(envelope.value(u"data"_s).toObject().value(u"x"_s).toInt(), 1);
        QCOMPARE(envelope.value(u"playlist_id"_s).toString(), u"pl"_s);
        QCOMPARE(envelope.value(u"playlist_seq"_s).toInteger(), 6);
        QCOMPARE(envelope.value(u"track"_s).toObject().value(u"id"_s).toString(), u"t"_s);
        QVERIFY(envelope.value(u"timestamp"_s).toInteger() > 1700000000000);
        QCOMPARE(envelope.value(u"event_id"_s).toString().size(), 36);
        const QJsonObject other = EventEnvelope::stateEnvelope(u"state:player"_s, QJsonObject(), 43);
        QVERIFY(other.value(u"event_id"_s) != envelope.value(u"event_id"_s));
        QVERIFY(!other.contains(u"playlist_id"_s));
    }

    void controlPacketsAreSentAsIs()
    {
        const EventPtr ping = EventEnvelope::control(u"2"_s);
        QVERIFY(ping->isControl());
        QCOMPARE(ping->socketIoPacket(), u"2"_s);
    }
};

QTEST_GUILESS_MAIN(tst_EventEnvelope)
#include "tst_eventenvelope.moc"
