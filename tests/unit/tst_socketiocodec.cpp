// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/socketiocodec.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SocketIoCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("nsp");
        QTest::addColumn<qint64>("ackId");
        QTest::addColumn<QString>("data");
        QTest::newRow("connect") << u"0"_s << true << 0 << u"/"_s << qint64(-1) << QString();
        QTest::newRow("connect with auth")
            << u"0{\"token\":1}"_s << true << 0 << u"/"_s << qint64(-1) << u"{\"token\":1}"_s;
        QTest::newRow("connect admin")
            << u"0/admin,"_s << true << 0 << u"/admin"_s << qint64(-1) << QString();
        QTest::newRow("event") << u"2[\"join:playlists\",{}]"_s << true << 2 << u"/"_s << qint64(-1)
                               << u"[\"join:playlists\",{}]"_s;
        QTest::newRow("event with ack")
            << u"217[\"x\"]"_s << true << 2 << u"/"_s << qint64(17) << u"[\"x\"]"_s;
        QTest::newRow("event in a namespace with ack")
            << u"2/chat,5[\"x\"]"_s << true << 2 << u"/chat"_s << qint64(5) << u"[\"x\"]"_s;
        QTest::newRow("binary event")
            << u"51-[\"x\",{\"_placeholder\":true,\"num\":0}]"_s << true << 5 << u"/"_s << qint64(-1)
            << u"[\"x\",{\"_placeholder\":true,\"num\":0}]"_s;
        QTest::newRow("unknown type") << u"9"_s << false << 0 << QString() << qint64(-1) << QString();
        QTest::newRow("empty") << QString() << false << 0 << QString() << qint64(-1) << QString();
        QTest::newRow("absurd ack id")
            << u"21234567890123456789[\"x\"]"_s << false << 0 << QString() << qint64(-1) << QString();
        // Found by fuzzing: an Arabic-Indic digit was taken for an ack id and read as 0.
        QTest::newRow("other script digit")
            << u"2\u0663[\"x\"]"_s << true << 2 << u"/"_s << qint64(-1) << u"\u0663[\"x\"]"_s;
    }
    void decode()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<SocketIo::Packet> packet = SocketIo::decode(text);
        QCOMPARE(packet.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, type);
        QFETCH(QString, nsp);
        QFETCH(qint64, ackId);
        QFETCH(QString, data);
        QCOMPARE(int(packet->type), type);
        QCOMPARE(packet->nsp, nsp);
        QCOMPARE(packet->ackId, ackId);
        QCOMPARE(packet->data, data);
    }

    void encode()
    {
        QCOMPARE(SocketIo::encode({SocketIo::Type::Ack, u"/"_s, 12, u"[{}]"_s}), u"312[{}]"_s);
        QCOMPARE(SocketIo::encode({SocketIo::Type::ConnectError, u"/admin"_s, -1,
                                   u"{\"message\":\"Invalid namespace\"}"_s}),
                 u"4/admin,{\"message\":\"Invalid namespace\"}"_s);
        QCOMPARE(SocketIo::encode({SocketIo::Type::Connect, u"/"_s, -1, u"{\"sid\":\"x\"}"_s}),
                 u"0{\"sid\":\"x\"}"_s);
    }

    void parseEvent_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("hasPayload");
        QTest::newRow("name and payload")
            << u"[\"client_ping\",{\"timestamp\":1}]"_s << true << u"client_ping"_s << true;
        QTest::newRow("no payload") << u"[\"join:nfc\"]"_s << true << u"join:nfc"_s << false;
        QTest::newRow("extra arguments") << u"[\"a\",{},1,2]"_s << true << u"a"_s << true;
        QTest::newRow("not an array") << u"{\"a\":1}"_s << false << QString() << false;
        QTest::newRow("empty array") << u"[]"_s << false << QString() << false;
        QTest::newRow("name not a string") << u"[1,{}]"_s << false << QString() << false;
        QTest::newRow("broken JSON") << u"[\"a\","_s << false << QString() << false;
    }
    void parseEvent()
    {
        QFETCH(QString, data);
        QFETCH(bool, valid);
        const std::optional<SocketIo::Event> event = SocketIo::parseEvent(data);
        QCOMPARE(event.has_value(), valid);
        if (!valid)
            return;
        QFETCH(QString, name);
        QFETCH(bool, hasPayload);
        QCOMPARE(event->name, name);
        QCOMPARE(!event->payload.isUndefined(), hasPayload);
    }
};

QTEST_GUILESS_MAIN(tst_SocketIoCodec)
#include "tst_socketiocodec.moc"
