// SPDX-License-Identifier: GPL-3.0-or-later
// Pn532I2cBus against a scripted I2C device, on the test's own thread: the status polls, the ACK and the
// answer, NACKs for corrupt frames, short reads read again, a device that vanishes and opens again.

#include "nfc/pn532i2cbus.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Each read answers with the next scripted entry: hex bytes, or "!reason" for a failed transfer. Past the
// script the chip is never ready.
class ScriptedI2cDevice : public I2cDevice
{
public:
    QStringList reads;
    QString openError;
    QList<QByteArray> writes;
    qsizetype lastReadLength = 0;

    I2cTransfer open() override
    {
        if (!openError.isEmpty())
            return {{}, openError};
        m_open = true;
        return {};
    }
    void close() override { m_open = false; }
    I2cTransfer write(const QByteArray &bytes) override
    {
        writes.append(bytes);
        return m_open ? I2cTransfer {} : I2cTransfer {{}, u"not open"_s};
    }
    I2cTransfer read(qsizetype length) override
    {
        lastReadLength = length;
        if (reads.isEmpty())
            return {QByteArray(length, '\0'), {}};
        const QString next = reads.takeFirst();
        if (next.startsWith(u'!'))
            return {{}, next.mid(1)};
        return {QByteArray::fromHex(next.toLatin1()).first(qMin(length, qsizetype(next.size() / 2))), {}};
    }

private:
    bool m_open = false;
};

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString describe(const Pn532Frame &frame)
{
    switch (frame.type) {
    case Pn532Frame::Type::Ack:
        return u"ack"_s;
    case Pn532Frame::Type::Nack:
        return u"nack"_s;
    case Pn532Frame::Type::Error:
        return u"error"_s;
    case Pn532Frame::Type::Information:
        break;
    }
    return u"answer "_s + hex(frame.payload);
}

const QString ready = u"01"_s;
const QString notReady = u"00"_s;
const QString ack = u"01"_s + hex(Pn532Codec::ack());
const QByteArray firmwareFrame = Pn532Codec::response(0x02, QByteArray::fromHex("32010607"));
const QString firmware = u"01"_s + hex(firmwareFrame) + u"00000000"_s;
const QString firmwareAnswer = u"answer 0332010607"_s;

QString corrupted(const QByteArray &frame)
{
    QByteArray bad = frame;
    bad[bad.size() - 2] = char(bad.at(bad.size() - 2) ^ 0x10);
    return u"01"_s + hex(bad);
}

} // namespace

class tst_Pn532I2cBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exchange_data();
    void exchange();
    void vanishedDeviceOpensAgain();
    void openFailureIsReported();
    void abortWritesAnAckAndStartsAfresh();
    void answersCarryTheirCallsId();

private:
    ScriptedI2cDevice *m_device = nullptr;
    std::unique_ptr<Pn532I2cBus> m_bus;
};

void tst_Pn532I2cBus::init()
{
    auto device = std::make_unique<ScriptedI2cDevice>();
    m_device = device.get();
    Pn532I2cBus::Timing timing;
    timing.statusPollMs = 1;
    m_bus = std::make_unique<Pn532I2cBus>(std::move(device), timing);
}

void tst_Pn532I2cBus::exchange_data()
{
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<QStringList>("frames");
    QTest::addColumn<QStringList>("writesAfterCommand");
    QTest::addColumn<QString>("failure");

    const QString nack = hex(Pn532Codec::nack());
    QTest::newRow("ready at once") << QStringList {ready, ack, ready, firmware}
                                   << QStringList {u"ack"_s, firmwareAnswer} << QStringList {} << QString();
    QTest::newRow("not-ready polls before the ACK and the answer")
        << QStringList {notReady, notReady, notReady, ready, ack, notReady, notReady, ready, firmware}
        << QStringList {u"ack"_s, firmwareAnswer} << QStringList {} << QString();
    QTest::newRow("ready bit gone in the frame read")
        << QStringList {ready, u"00000000"_s, ready, ack, ready, firmware}
        << QStringList {u"ack"_s, firmwareAnswer} << QStringList {} << QString();
    QTest::newRow("corrupt answer asked again with a NACK")
        << QStringList {ready, ack, ready, corrupted(firmwareFrame), ready, firmware}
        << QStringList {u"ack"_s, firmwareAnswer} << QStringList {nack} << QString();
    QTest::newRow("corrupt ACK asked again with a NACK")
        << QStringList {ready, corrupted(Pn532Codec::ack()), ready, ack, ready, firmware}
        << QStringList {u"ack"_s, firmwareAnswer} << QStringList {nack} << QString();
    QTest::newRow("corrupt three times: left to the reader's timeout")
        << QStringList {ready, ack,
                        ready, corrupted(firmwareFrame),
                        ready, corrupted(firmwareFrame),
                        ready, corrupted(firmwareFrame)}
        << QStringList {u"ack"_s} << QStringList {nack, nack} << QString();
    QTest::newRow("short read read again")
        << QStringList {ready, ack, ready, u"01"_s + hex(firmwareFrame.first(6)), ready, firmware}
        << QStringList {u"ack"_s, firmwareAnswer} << QStringList {} << QString();
    QTest::newRow("empty read read again")
        << QStringList {ready, u""_s, ready, ack, ready, firmware} << QStringList {u"ack"_s, firmwareAnswer}
        << QStringList {} << QString();
    QTest::newRow("the chip's NACK ends the exchange")
        << QStringList {ready, u"01"_s + hex(Pn532Codec::nack())} << QStringList {u"nack"_s} << QStringList {}
        << QString();
    QTest::newRow("error frame") << QStringList {ready, ack, ready, u"01"_s + hex(Pn532Codec::errorFrame())}
                                 << QStringList {u"ack"_s, u"error"_s} << QStringList {} << QString();
    QTest::newRow("device vanishes on the first poll")
        << QStringList {u"!No such device"_s} << QStringList {} << QStringList {} << u"No such device"_s;
    QTest::newRow("device vanishes after the ACK")
        << QStringList {ready, ack, notReady, u"!Remote I/O error"_s} << QStringList {u"ack"_s}
        << QStringList {} << u"Remote I/O error"_s;
    QTest::newRow("device vanishes in the frame read")
        << QStringList {ready, u"!Connection timed out"_s} << QStringList {} << QStringList {}
        << u"Connection timed out"_s;
}

void tst_Pn532I2cBus::exchange()
{
    QFETCH(QStringList, reads);
    QFETCH(QStringList, frames);
    QFETCH(QStringList, writesAfterCommand);
    QFETCH(QString, failure);
    m_device->reads = reads;
    QSignalSpy opened(m_bus.get(), &Pn532I2cBus::opened);
    QSignalSpy received(m_bus.get(), &Pn532I2cBus::frameReceived);
    QSignalSpy failed(m_bus.get(), &Pn532I2cBus::failed);
    m_bus->open(1);
    QCOMPARE(opened.count(), 1);
    const QByteArray command = Pn532Codec::getFirmwareVersion();
    m_bus->sendCommand(command, 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_device->reads.isEmpty(), 5000);

    QStringList seen;
    for (const QList<QVariant> &signal : received) {
        seen.append(describe(signal.at(0).value<Pn532Frame>()));
        QCOMPARE(signal.at(1).toULongLong(), 2u);
    }
    QCOMPARE(seen, frames);
    QVERIFY(!m_device->writes.isEmpty());
    QCOMPARE(m_device->writes.takeFirst(), command); // no wake-up preamble on I2C
    QStringList written;
    for (const QByteArray &bytes : m_device->writes)
        written.append(hex(bytes));
    QCOMPARE(written, writesAfterCommand);
    if (failure.isEmpty()) {
        QCOMPARE(failed.count(), 0);
        return;
    }
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), failure);
}

void tst_Pn532I2cBus::vanishedDeviceOpensAgain()
{
    QSignalSpy opened(m_bus.get(), &Pn532I2cBus::opened);
    QSignalSpy received(m_bus.get(), &Pn532I2cBus::frameReceived);
    QSignalSpy failed(m_bus.get(), &Pn532I2cBus::failed);
    m_bus->open(1);
    m_device->reads = {u"!No such device"_s};
    m_bus->sendCommand(Pn532Codec::getFirmwareVersion(), 2);
    QVERIFY(failed.wait(5000));
    // Closed now: a command fails at once instead of writing to a dead descriptor.
    m_bus->sendCommand(Pn532Codec::getFirmwareVersion(), 3);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.last().at(1).toULongLong(), 3u);

    m_bus->open(4);
    QCOMPARE(opened.count(), 2);
    m_device->reads = {ready, ack, ready, firmware};
    m_bus->sendCommand(Pn532Codec::getFirmwareVersion(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 5000);
    QCOMPARE(describe(received.last().at(0).value<Pn532Frame>()), firmwareAnswer);
    QCOMPARE(failed.count(), 2);
}

void tst_Pn532I2cBus::openFailureIsReported()
{
    m_device->openError = u"cannot open /dev/i2c-7: No such file or directory"_s;
    QSignalSpy openFailed(m_bus.get(), &Pn532I2cBus::openFailed);
    m_bus->open(9);
    QCOMPARE(openFailed.count(), 1);
    QCOMPARE(openFailed.first().at(0).toString(), m_device->openError);
    QCOMPARE(openFailed.first().at(1).toULongLong(), 9u);
}

void tst_Pn532I2cBus::abortWritesAnAckAndStartsAfresh()
{
    QSignalSpy received(m_bus.get(), &Pn532I2cBus::frameReceived);
    m_bus->open(1);
    m_device->reads = {notReady, notReady};
    m_bus->sendCommand(Pn532Codec::getFirmwareVersion(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_device->reads.isEmpty(), 5000);
    m_bus->abort(3);
    QCOMPARE(m_device->writes.last(), Pn532Codec::ack());
    QCOMPARE(received.count(), 0);
    // The next command starts a fresh exchange: its ACK and answer, under its own id, nothing of the old one.
    m_device->reads = {ready, ack, ready, firmware};
    m_bus->sendCommand(Pn532Codec::getFirmwareVersion(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 5000);
    for (const QList<QVariant> &signal : received)
        QCOMPARE(signal.at(1).toULongLong(), 4u);
}

void tst_Pn532I2cBus::answersCarryTheirCallsId()
{
    QSignalSpy received(m_bus.get(), &Pn532I2cBus::frameReceived);
    m_bus->open(1);
    m_device->reads = {ready, ack};
    m_bus->sendCommand(Pn532Codec::getFirmwareVersion(), 41);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().at(1).toULongLong(), 41u);
    // The answer is read with room for the longest one the reader asks for, the ACK with its own length.
    m_device->reads = {ready, firmware};
    QVERIFY(received.wait(5000));
    QCOMPARE(m_device->lastReadLength, Pn532I2cBus::Timing {}.answerReadLength);
}

QTEST_GUILESS_MAIN(tst_Pn532I2cBus)
#include "tst_pn532i2cbus.moc"
