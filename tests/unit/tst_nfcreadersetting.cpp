// SPDX-License-Identifier: GPL-3.0-or-later
// NFC_READER values: which reader, which device, which I2C address; what is refused.

#include "config/nfcreadersetting.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_NfcReaderSetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

using Kind = NfcReaderSetting::Kind;

void tst_NfcReaderSetting::parses_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("device");
    QTest::addColumn<int>("address");
    QTest::newRow("none") << u"none"_s << int(Kind::None) << QString() << 0x24;
    QTest::newRow("simulated") << u"simulated"_s << int(Kind::Simulated) << QString() << 0x24;
    QTest::newRow("serial") << u"pn532:/dev/ttyUSB0"_s << int(Kind::Pn532Serial) << u"/dev/ttyUSB0"_s << 0x24;
    QTest::newRow("i2c default address")
        << u"pn532-i2c:/dev/i2c-1"_s << int(Kind::Pn532I2c) << u"/dev/i2c-1"_s << 0x24;
    QTest::newRow("i2c hex address") << u"pn532-i2c:/dev/i2c-1@0x48"_s << int(Kind::Pn532I2c)
                                     << u"/dev/i2c-1"_s << 0x48;
    QTest::newRow("i2c upper-case hex")
        << u"pn532-i2c:/dev/i2c-0@0X24"_s << int(Kind::Pn532I2c) << u"/dev/i2c-0"_s << 0x24;
    QTest::newRow("i2c decimal address")
        << u"pn532-i2c:/dev/i2c-1@36"_s << int(Kind::Pn532I2c) << u"/dev/i2c-1"_s << 0x24;
    QTest::newRow("i2c by-path with @ in a folder")
        << u"pn532-i2c:/dev/by@name/i2c@0x30"_s << int(Kind::Pn532I2c) << u"/dev/by@name/i2c"_s << 0x30;
}

void tst_NfcReaderSetting::parses()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, device);
    QFETCH(int, address);
    const auto setting = NfcReaderSetting::parse(value);
    QVERIFY(setting);
    QCOMPARE(int(setting->kind), kind);
    QCOMPARE(setting->device, device);
    QCOMPARE(setting->i2cAddress, address);
}

void tst_NfcReaderSetting::refuses_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown kind") << u"usb"_s;
    QTest::newRow("serial without port") << u"pn532:"_s;
    QTest::newRow("i2c without device") << u"pn532-i2c:"_s;
    QTest::newRow("i2c address only") << u"pn532-i2c:@0x24"_s;
    QTest::newRow("i2c reserved low address") << u"pn532-i2c:/dev/i2c-1@0x02"_s;
    QTest::newRow("i2c reserved high address") << u"pn532-i2c:/dev/i2c-1@0x78"_s;
    QTest::newRow("i2c address not a number") << u"pn532-i2c:/dev/i2c-1@twelve"_s;
    QTest::newRow("i2c empty address") << u"pn532-i2c:/dev/i2c-1@"_s;
}

void tst_NfcReaderSetting::refuses()
{
    QFETCH(QString, value);
    QVERIFY(!NfcReaderSetting::parse(value));
}

QTEST_APPLESS_MAIN(tst_NfcReaderSetting)
#include "tst_nfcreadersetting.moc"
