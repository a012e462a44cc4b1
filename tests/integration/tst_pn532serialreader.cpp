// SPDX-License-Identifier: GPL-3.0-or-later
// Pn532SerialReader against the PN532 simulator on a real pseudo-terminal: detection, removal, line noise,
// slow answers, a chip that stops answering (watchdog re-init) and a line that disappears (reopen).

#include "nfc/pn532serialreader.h"
#include "pn532simulator.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_Pn532SerialReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void initialisesTheChip();
    void detectsAndRemovesTags();
    void switchesBetweenTags();
    void toleratesNoiseAndSplitFrames();
    void toleratesSlowAnswers();
    void silentChipIsReinitialised();
    void closedLineIsReopened();
    void missingPortIsRetried();

private:
    void startReader();

    std::unique_ptr<Pn532Simulator> m_simulator;
    std::unique_ptr<Pn532SerialReader> m_reader;
};

namespace {
Pn532SerialReader::Timing fastTiming()
{
    Pn532SerialReader::Timing timing;
    timing.pollIntervalMs = 20;
    timing.ackTimeoutMs = 150;
    timing.responseTimeoutMs = 300;
    timing.reopenMinMs = 50;
    timing.reopenMaxMs = 400;
    return timing;
}
} // namespace

void tst_Pn532SerialReader::init()
{
    m_simulator = std::make_unique<Pn532Simulator>();
    QVERIFY(m_simulator->open());
    m_reader = std::make_unique<Pn532SerialReader>(m_simulator->portPath(), fastTiming());
}

void tst_Pn532SerialReader::cleanup()
{
    m_reader.reset();
    m_simulator.reset();
}

void tst_Pn532SerialReader::startReader()
{
    m_reader->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
}

void tst_Pn532SerialReader::initialisesTheChip()
{
    QSignalSpy statusSpy(m_reader.get(), &NfcReader::statusChanged);
    startReader();
    QVERIFY(statusSpy.count() >= 1);
    QCOMPARE(m_simulator->wakeUps(), 1);
    QCOMPARE(m_simulator->commandCount(Pn532Codec::SamConfiguration), 1);
    QCOMPARE(m_simulator->commandCount(Pn532Codec::GetFirmwareVersion), 1);
    QCOMPARE(m_simulator->commandCount(Pn532Codec::RfConfiguration), 1);
    QCOMPARE(m_reader->firmware(), u"PN532 v1.6"_s);
    const NfcReader::Status status = m_reader->status();
    QCOMPARE(status.kind, u"pn532_uart"_s);
    QCOMPARE(status.port, m_simulator->portPath());
    QVERIFY(status.lastError.isEmpty());
    // It keeps polling.
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator->commandCount(Pn532Codec::InListPassiveTarget) >= 3, 5000);
}

void tst_Pn532SerialReader::detectsAndRemovesTags()
{
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_simulator->placeTagHex(u"04a1b2c3d4e5f6"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.takeFirst().at(0).toString(), u"04a1b2c3d4e5f6"_s);
    // Still there on the next polls: no new edge.
    const int polls = m_simulator->commandCount(Pn532Codec::InListPassiveTarget);
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator->commandCount(Pn532Codec::InListPassiveTarget) >= polls + 3, 5000);
    QCOMPARE(detected.count(), 0);
    QCOMPARE(removed.count(), 0);
    m_simulator->liftTag();
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.takeFirst().at(0).toString(), u"04a1b2c3d4e5f6"_s);
}

void tst_Pn532SerialReader::switchesBetweenTags()
{
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_simulator->placeTagHex(u"1a2b3c4d"_s);
    QVERIFY(detected.wait(5000));
    m_simulator->placeTagHex(u"04a1b2c3d4e5f6"_s);
    QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 2, 5000);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"1a2b3c4d"_s);
    QCOMPARE(detected.at(1).at(0).toString(), u"04a1b2c3d4e5f6"_s);
}

void tst_Pn532SerialReader::toleratesNoiseAndSplitFrames()
{
    m_simulator->setNoiseBeforeFrames(QByteArray::fromHex("ff13aa00ff06"));
    m_simulator->setSplitWrites(true);
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    m_simulator->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.first().at(0).toString(), u"04a1b2c3"_s);
    m_simulator->sendRaw(QByteArray::fromHex("00ff0500deadbeef"));
    m_simulator->liftTag();
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    QVERIFY(removed.wait(5000));
    QVERIFY(m_reader->status().available);
}

void tst_Pn532SerialReader::toleratesSlowAnswers()
{
    startReader();
    m_simulator->setResponseDelayMs(150); // below the 300 ms answer timeout
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    m_simulator->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(m_reader->initialisations(), 1);
    QVERIFY(m_reader->status().available);
}

void tst_Pn532SerialReader::silentChipIsReinitialised()
{
    startReader();
    QSignalSpy statusSpy(m_reader.get(), &NfcReader::statusChanged);
    m_simulator->setSilent(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    QVERIFY(!m_reader->status().lastError.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->initialisations() >= 2, 5000);
    const int samBefore = m_simulator->commandCount(Pn532Codec::SamConfiguration);
    m_simulator->setSilent(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QVERIFY(m_simulator->commandCount(Pn532Codec::SamConfiguration) > samBefore);
    QVERIFY(m_simulator->wakeUps() >= 2);
    QVERIFY(statusSpy.count() >= 2);
    // And it reads tags again.
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    m_simulator->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
}

void tst_Pn532SerialReader::closedLineIsReopened()
{
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_simulator->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));

    m_simulator->closeLine(); // unplugged, with the tag still on it
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    QVERIFY(!m_reader->status().lastError.isEmpty());
    QCOMPARE(removed.count(), 1);
    const int attempts = m_reader->reopenAttempts();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->reopenAttempts() > attempts + 1, 5000); // keeps trying

    QVERIFY(m_simulator->open()); // plugged back in: a new pty behind the same path
    m_simulator->placeTagHex(u"04a1b2c3"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 2, 5000);
}

void tst_Pn532SerialReader::missingPortIsRetried()
{
    m_simulator->closeLine();
    m_reader->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->reopenAttempts() >= 2, 5000);
    QVERIFY(!m_reader->status().available);
    QVERIFY(m_reader->status().lastError.contains(u"cannot open"_s));
    QVERIFY(m_simulator->open());
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
}

QTEST_GUILESS_MAIN(tst_Pn532SerialReader)
#include "tst_pn532serialreader.moc"
