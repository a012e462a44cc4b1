// SPDX-License-Identifier: GPL-3.0-or-later
// The PN532 frame codec: building frames, decoding valid, split, merged, noisy and corrupt input.

#include "nfc/pn532codec.h"

#include <QTest>

using namespace Qt::StringLiterals;

using FrameList = QList<Pn532Frame>;

namespace {

Pn532Frame info(quint8 tfi, const char *hexPayload)
{
    return {Pn532Frame::Type::Information, tfi, QByteArray::fromHex(hexPayload)};
}

Pn532Frame ack()
{
    return {Pn532Frame::Type::Ack, 0, {}};
}

// Feeds the chunks one by one the way a reader does (keeping what was not consumed) and collects every frame.
FrameList feed(const QList<QByteArray> &chunks, int *rejected = nullptr, int *discarded = nullptr)
{
    QByteArray buffer;
    FrameList frames;
    for (const QByteArray &chunk : chunks) {
        buffer += chunk;
        const Pn532DecodeResult result = Pn532Codec::decode(buffer);
        buffer.remove(0, result.consumed);
        frames += result.frames;
        if (rejected)
            *rejected += result.rejectedFrames;
        if (discarded)
            *discarded += result.discardedBytes;
    }
    return frames;
}

} // namespace

class tst_Pn532Codec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesCommands_data();
    void encodesCommands();
    void decodes_data();
    void decodes();
    void splitAtEveryPosition();
    void keepsIncompleteFrame();
    void extendedFrameRoundTrip();
    void parsesFirmwareVersion();
    void parsesInListPassiveTarget_data();
    void parsesInListPassiveTarget();
};

void tst_Pn532Codec::encodesCommands_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("expected");
    // Byte strings from the PN532 user manual and libnfc traces.
    QTest::newRow("GetFirmwareVersion")
        << Pn532Codec::getFirmwareVersion() << QByteArray::fromHex("0000ff02fed4022a00");
    QTest::newRow("SAMConfiguration")
        << Pn532Codec::samConfigurationNormal() << QByteArray::fromHex("0000ff05fbd4140114000300");
    QTest::newRow("InListPassiveTarget")
        << Pn532Codec::inListPassiveTarget106A() << QByteArray::fromHex("0000ff04fcd44a0100e100");
    QTest::newRow("RFConfiguration") << Pn532Codec::rfConfigurationMaxRetries(2)
                                     << QByteArray::fromHex("0000ff06fad43205ff0102f300");
    QTest::newRow("ack") << Pn532Codec::ack() << QByteArray::fromHex("0000ff00ff00");
    QTest::newRow("nack") << Pn532Codec::nack() << QByteArray::fromHex("0000ffff0000");
    QTest::newRow("error") << Pn532Codec::errorFrame() << QByteArray::fromHex("0000ff01ff7f8100");
    QTest::newRow("firmware answer") << Pn532Codec::response(0x02, QByteArray::fromHex("32010607"))
                                     << QByteArray::fromHex("0000ff06fad50332010607e800");
}

void tst_Pn532Codec::encodesCommands()
{
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, expected);
    QCOMPARE(frame.toHex(), expected.toHex());
}

void tst_Pn532Codec::decodes_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<FrameList>("expected");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<bool>("noise");

    const QByteArray fw = QByteArray::fromHex("0000ff06fad50332010607e800");
    const Pn532Frame fwFrame = info(0xD5, "0332010607");
    const QByteArray ackBytes = Pn532Codec::ack();

    QTest::newRow("ack") << QList<QByteArray> {ackBytes} << FrameList {ack()} << 0 << false;
    QTest::newRow("nack") << QList<QByteArray> {Pn532Codec::nack()}
                          << FrameList {{Pn532Frame::Type::Nack, 0, {}}} << 0 << false;
    QTest::newRow("error frame") << QList<QByteArray> {Pn532Codec::errorFrame()}
                                 << FrameList {{Pn532Frame::Type::Error, 0x7F, QByteArray::fromHex("")}} << 0
                                 << false;
    QTest::newRow("information") << QList<QByteArray> {fw} << FrameList {fwFrame} << 0 << false;
    QTest::newRow("no preamble, no postamble")
        << QList<QByteArray> {QByteArray::fromHex("00ff06fad50332010607e8")} << FrameList {fwFrame} << 0
        << false;
    QTest::newRow("ack and answer merged")
        << QList<QByteArray> {ackBytes + fw} << FrameList {ack(), fwFrame} << 0 << false;
    QTest::newRow("split in three") << QList<QByteArray> {fw.left(3), fw.mid(3, 5), fw.mid(8)}
                                    << FrameList {fwFrame} << 0 << false;
    const QByteArray ackAndAnswer = ackBytes + fw;
    QTest::newRow("split across ack and answer")
        << QList<QByteArray> {ackAndAnswer.left(8), ackAndAnswer.mid(8)} << FrameList {ack(), fwFrame} << 0
        << false;
    QTest::newRow("garbage before") << QList<QByteArray> {QByteArray::fromHex("55aa13ff11") + fw}
                                    << FrameList {fwFrame} << 0 << true;
    QTest::newRow("garbage between") << QList<QByteArray> {ackBytes + QByteArray::fromHex("deadbeef") + fw}
                                     << FrameList {ack(), fwFrame} << 0 << true;
    QTest::newRow("wake-up bytes") << QList<QByteArray> {Pn532Codec::wakeUp()
                                                         + Pn532Codec::getFirmwareVersion()}
                                   << FrameList {info(0xD4, "02")} << 0 << true;
    QTest::newRow("bad LCS, then a good frame")
        << QList<QByteArray> {QByteArray::fromHex("0000ff06fbd50332010607e800") + fw} << FrameList {fwFrame}
        << 1 << true;
    QByteArray badDcs = fw;
    badDcs[badDcs.size() - 2] = char(0xE9);
    QTest::newRow("bad DCS, then a good frame")
        << QList<QByteArray> {badDcs + fw} << FrameList {fwFrame} << 1 << false;
    QTest::newRow("corrupted payload")
        << QList<QByteArray> {QByteArray::fromHex("0000ff06fad50332010608e800")} << FrameList {} << 1
        << false;
    QTest::newRow("zero length is not a frame")
        << QList<QByteArray> {QByteArray::fromHex("0000ff0000") + ackBytes} << FrameList {ack()} << 1 << true;
    QTest::newRow("only garbage") << QList<QByteArray> {QByteArray::fromHex("0102030405ff")} << FrameList {}
                                  << 0 << true;
    QTest::newRow("three frames in one read")
        << QList<QByteArray> {ackBytes
                              + Pn532Codec::inListPassiveTargetResponse(QByteArray::fromHex("04a1b2c3"))
                              + ackBytes}
        << FrameList {ack(),
                      info(0xD5,
                           "4b0101004400040"
                           "4a1b2c3"),
                      ack()}
        << 0 << false;
    // Found by fuzzing: an extended frame of length 0 (no TFI) with valid checksums, then a good frame.
    QTest::newRow("extended frame of length 0")
        << QList<QByteArray> {QByteArray::fromHex("0000ffffff0000000000") + fw} << FrameList {fwFrame} << 1
        << true;
}

void tst_Pn532Codec::decodes()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(FrameList, expected);
    QFETCH(int, rejected);
    QFETCH(bool, noise);
    int rejectedFrames = 0;
    int discarded = 0;
    const FrameList frames = feed(chunks, &rejectedFrames, &discarded);
    QCOMPARE(frames, expected);
    QCOMPARE(rejectedFrames, rejected);
    QCOMPARE(discarded > 0, noise);
}

void tst_Pn532Codec::splitAtEveryPosition()
{
    const QByteArray stream = Pn532Codec::ack()
        + Pn532Codec::inListPassiveTargetResponse(QByteArray::fromHex("04a1b2c3d4e5f6")) + Pn532Codec::nack();
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        const FrameList frames = feed({stream.left(cut), stream.mid(cut)});
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames.at(0).type, Pn532Frame::Type::Ack);
        QCOMPARE(Pn532Codec::parseInListPassiveTarget(frames.at(1)), QByteArray::fromHex("04a1b2c3d4e5f6"));
        QCOMPARE(frames.at(2).type, Pn532Frame::Type::Nack);
    }
    // Byte by byte.
    QList<QByteArray> bytes;
    for (const char byte : stream)
        bytes.append(QByteArray(1, byte));
    QCOMPARE(feed(bytes).size(), 3);

    // A postamble followed by bytes that make it a start code ("00 FF 00 FF": an ACK sent without preamble)
    // is read the same way whatever the split (found by fuzzing: a cut right after the ACK gave one more).
    const QByteArray ambiguous = Pn532Codec::ack() + QByteArray::fromHex("ff00ff00");
    const qsizetype whole = feed({ambiguous}).size();
    for (qsizetype cut = 0; cut <= ambiguous.size(); ++cut)
        QCOMPARE(feed({ambiguous.left(cut), ambiguous.mid(cut)}).size(), whole);
}

void tst_Pn532Codec::keepsIncompleteFrame()
{
    const QByteArray fw = Pn532Codec::response(0x02, QByteArray::fromHex("32010607"));
    const QByteArray partial = QByteArray::fromHex("beef") + fw.left(7);
    const Pn532DecodeResult result = Pn532Codec::decode(partial);
    QVERIFY(result.frames.isEmpty());
    QCOMPARE(result.consumed, 3); // the noise and the preamble go, the frame from its start code stays
    QCOMPARE(result.discardedBytes, 2);
}

void tst_Pn532Codec::extendedFrameRoundTrip()
{
    QByteArray payload(300, 'x');
    payload[0] = char(0x41);
    const QByteArray frame = Pn532Codec::informationFrame(0xD5, payload);
    QCOMPARE(quint8(frame.at(3)), quint8(0xFF));
    QCOMPARE(quint8(frame.at(4)), quint8(0xFF));
    const FrameList frames = feed({frame.left(100), frame.mid(100)});
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.first().payload, payload);
}

void tst_Pn532Codec::parsesFirmwareVersion()
{
    const FrameList frames = feed({QByteArray::fromHex("0000ff06fad50332010607e800")});
    QCOMPARE(frames.size(), 1);
    const auto version = Pn532Codec::parseFirmwareVersion(frames.first());
    QVERIFY(version.has_value());
    QCOMPARE(version->ic, quint8(0x32));
    QCOMPARE(version->version, quint8(1));
    QCOMPARE(version->revision, quint8(6));
    QVERIFY(!Pn532Codec::parseFirmwareVersion(ack()).has_value());
    QVERIFY(!Pn532Codec::parseFirmwareVersion(info(0xD5, "03")).has_value());
}

void tst_Pn532Codec::parsesInListPassiveTarget_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("uid");
    QTest::newRow("no target") << QByteArray::fromHex("4b00") << true << QString();
    QTest::newRow("4-byte uid") << QByteArray::fromHex("4b0101004408041a2b3c4d") << true << u"1a2b3c4d"_s;
    QTest::newRow("7-byte uid") << QByteArray::fromHex("4b01010044000704a1b2c3d4e5f6") << true
                                << u"04a1b2c3d4e5f6"_s;
    QTest::newRow("truncated uid") << QByteArray::fromHex("4b01010044000704a1b2") << false << QString();
    QTest::newRow("zero-length uid") << QByteArray::fromHex("4b010100440000") << false << QString();
    QTest::newRow("other answer") << QByteArray::fromHex("0332010607") << false << QString();
    QTest::newRow("empty") << QByteArray() << false << QString();
}

void tst_Pn532Codec::parsesInListPassiveTarget()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, valid);
    QFETCH(QString, uid);
    const auto parsed = Pn532Codec::parseInListPassiveTarget({Pn532Frame::Type::Information, 0xD5, payload});
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(Pn532Codec::uidToHex(*parsed), uid);
}

QTEST_GUILESS_MAIN(tst_Pn532Codec)
#include "tst_pn532codec.moc"
