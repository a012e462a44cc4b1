// SPDX-License-Identifier: GPL-3.0-or-later
// The PN532's I2C read transactions: the status byte first, then a frame, a corrupt frame or too few bytes.

#include "nfc/pn532i2cframing.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = Pn532I2cFraming::Read::Kind;

class tst_Pn532I2cFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
};

void tst_Pn532I2cFraming::parses_data()
{
    QTest::addColumn<QByteArray>("read");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("payload"); // of an information frame
    const QByteArray firmware = Pn532Codec::response(0x02, QByteArray::fromHex("32010607"));
    QTest::newRow("nothing read") << QByteArray() << int(Kind::Incomplete) << QByteArray();
    QTest::newRow("status only, not ready")
        << QByteArray::fromHex("00") << int(Kind::NotReady) << QByteArray();
    QTest::newRow("not ready, stale bytes after it")
        << (QByteArray::fromHex("00") + Pn532Codec::ack()) << int(Kind::NotReady) << QByteArray();
    QTest::newRow("status only, ready") << QByteArray::fromHex("01") << int(Kind::Incomplete) << QByteArray();
    QTest::newRow("ACK") << (QByteArray::fromHex("01") + Pn532Codec::ack()) << int(Kind::Frame)
                         << QByteArray();
    QTest::newRow("answer padded with zeros") << (QByteArray::fromHex("01") + firmware + QByteArray(40, '\0'))
                                              << int(Kind::Frame) << QByteArray::fromHex("0332010607");
    QTest::newRow("other status bits set")
        << (QByteArray::fromHex("81") + firmware) << int(Kind::Frame) << QByteArray::fromHex("0332010607");
    QByteArray badData = firmware;
    badData[badData.size() - 2] = char(badData.at(badData.size() - 2) ^ 0x01);
    QTest::newRow("data checksum wrong")
        << (QByteArray::fromHex("01") + badData) << int(Kind::Corrupt) << QByteArray();
    QByteArray badLength = firmware;
    badLength[4] = char(0x00);
    QTest::newRow("length checksum wrong")
        << (QByteArray::fromHex("01") + badLength) << int(Kind::Corrupt) << QByteArray();
    QTest::newRow("short read") << (QByteArray::fromHex("01") + firmware.first(7)) << int(Kind::Incomplete)
                                << QByteArray();
    QTest::newRow("ready, zeros only")
        << (QByteArray::fromHex("01") + QByteArray(20, '\0')) << int(Kind::Incomplete) << QByteArray();
}

void tst_Pn532I2cFraming::parses()
{
    QFETCH(QByteArray, read);
    QFETCH(int, kind);
    QFETCH(QByteArray, payload);
    const Pn532I2cFraming::Read parsed = Pn532I2cFraming::parse(read);
    QCOMPARE(int(parsed.kind), kind);
    if (kind == int(Kind::Frame) && !payload.isEmpty())
        QCOMPARE(parsed.frame.payload, payload);
    if (kind == int(Kind::Frame) && payload.isEmpty())
        QCOMPARE(parsed.frame.type, Pn532Frame::Type::Ack);
}

QTEST_APPLESS_MAIN(tst_Pn532I2cFraming)
#include "tst_pn532i2cframing.moc"
