// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/engineiocodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_EngineIoCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("data");
        QTest::newRow("ping") << u"2"_s << true << int('2') << QString();
        QTest::newRow("probe") << u"2probe"_s << true << int('2') << u"probe"_s;
        QTest::newRow("message") << u"42[\"a\"]"_s << true << int('4') << u"2[\"a\"]"_s;
        QTest::newRow("noop") << u"6"_s << true << int('6') << QString();
        QTest::newRow("empty") << QString() << false << 0 << QString();
        QTest::newRow("unknown type") << u"7"_s << false << 0 << QString();
        QTest::newRow("binary") << u"bAQID"_s << false << 0 << QString();
    }
    void decode()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<EngineIo::Packet> packet = EngineIo::decode(text);
        QCOMPARE(packet.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, type);
        QFETCH(QString, data);
        QCOMPARE(int(packet->type), type);
        QCOMPARE(packet->data, data);
        QCOMPARE(EngineIo::encode(packet->type, packet->data), text);
    }

    void openPacket()
    {
        const QString open = EngineIo::openPacket({u"abc"_s, {u"websocket"_s}, 25000, 20000, 1000000});
        QVERIFY(open.startsWith(u'0'));
        const QJsonObject object = QJsonDocument::fromJson(open.mid(1).toUtf8()).object();
        QCOMPARE(object.value(u"sid"_s).toString(), u"abc"_s);
        QCOMPARE(object.value(u"upgrades"_s).toArray(), QJsonArray {u"websocket"_s});
        QCOMPARE(object.value(u"pingInterval"_s).toInt(), 25000);
        QCOMPARE(object.value(u"pingTimeout"_s).toInt(), 20000);
        QCOMPARE(object.value(u"maxPayload"_s).toInt(), 1000000);
        const QString direct = EngineIo::openPacket({u"abc"_s, {}, 1, 2, 3});
        QVERIFY(direct.contains(u"\"upgrades\":[]"_s));
    }

    void payloadRoundTrip()
    {
        const QList<QByteArray> packets {"40", "42[\"a\",{}]", "2"};
        const QByteArray body = EngineIo::joinPayload(packets);
        QCOMPARE(body,
                 QByteArray("40\x1e"
                            "42[\"a\",{}]\x1e"
                            "2"));
        QCOMPARE(EngineIo::splitPayload(body), packets);
        QCOMPARE(EngineIo::splitPayload("3"), QList<QByteArray> {"3"});
        QVERIFY(EngineIo::splitPayload({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EngineIoCodec)
#include "tst_engineiocodec.moc"
