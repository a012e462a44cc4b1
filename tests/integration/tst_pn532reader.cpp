// SPDX-License-Identifier: GPL-3.0-or-later
// The PN532 readers against a simulated chip, each behaviour once over every wire (Pn532TestLine: the serial
// line on a pseudo-terminal, the I2C bus on a fake device with its bus on a thread of its own), each _data
// table naming the wires it runs on. What one wire alone has is tested on that wire.

#include "common/systemclock.h"
#include "config/settings.h"
#include "fakeaudiobackend.h"
#include "library/tagrepository.h"
#include "library/wavencoder.h"
#include "nfc/nfcsubsystem.h"
#include "playback/playbackcontroller.h"
#include "playback/repositoryplayerlibrary.h"
#include "playback/sleeptimer.h"
#include "playlistharness.h"
#include "pn532testline.h"
#include "system/healthstatus.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using Transport = Pn532TestLine::Transport;

namespace {
Pn532Reader::Timing fastTiming()
{
    Pn532Reader::Timing timing;
    timing.pollIntervalMs = 20;
    timing.ackTimeoutMs = 150;
    timing.responseTimeoutMs = 300;
    timing.reopenMinMs = 50;
    timing.reopenMaxMs = 400;
    return timing;
}

void addTransportColumn()
{
    QTest::addColumn<Transport>("transport");
}

void onEveryTransport()
{
    addTransportColumn();
    QTest::newRow("serial") << Transport::Serial;
    QTest::newRow("i2c") << Transport::I2c;
}

// What the reader reports on each wire: its kind, and how many HSU wake-up preambles (the serial line's
// alone) go before every initialisation.
void onEveryTransportWithItsFacts()
{
    addTransportColumn();
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("wakeUpsPerInitialisation");
    QTest::newRow("serial") << Transport::Serial << u"pn532_uart"_s << 1;
    QTest::newRow("i2c") << Transport::I2c << u"pn532_i2c"_s << 0;
}

void onTransport(Transport transport)
{
    addTransportColumn();
    QTest::newRow(transport == Transport::Serial ? "serial" : "i2c") << transport;
}
} // namespace

class tst_Pn532Reader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void initialisesTheChip_data() { onEveryTransportWithItsFacts(); }
    void initialisesTheChip();
    void tagPlacedHeldLiftedPlacedAgain_data() { onEveryTransport(); }
    void tagPlacedHeldLiftedPlacedAgain();
    void switchesBetweenTags_data() { onEveryTransport(); }
    void switchesBetweenTags();
    void toleratesSlowAnswers_data() { onEveryTransport(); }
    void toleratesSlowAnswers();
    void silentChipIsReinitialised_data() { onEveryTransportWithItsFacts(); }
    void silentChipIsReinitialised();
    void unpluggedDeviceIsReopened_data();
    void unpluggedDeviceIsReopened();
    void missingDeviceIsRetried_data() { onEveryTransport(); }
    void missingDeviceIsRetried();
    void boxHealthAndPlaybackFollowTheReader_data() { onEveryTransportWithItsFacts(); }
    void boxHealthAndPlaybackFollowTheReader();

    void serialToleratesNoiseAndSplitFrames_data() { onTransport(Transport::Serial); }
    void serialToleratesNoiseAndSplitFrames();
    void i2cAsksForACorruptFrameAgain_data() { onTransport(Transport::I2c); }
    void i2cAsksForACorruptFrameAgain();
    void i2cOpensTheDeviceOnceAndAgainWhenReplugged_data() { onTransport(Transport::I2c); }
    void i2cOpensTheDeviceOnceAndAgainWhenReplugged();
    void i2cEventLoopRunsWhileTheBusHangs_data() { onTransport(Transport::I2c); }
    void i2cEventLoopRunsWhileTheBusHangs();

private:
    void startReader();
    Pn532Simulator &serialSimulator() { return dynamic_cast<SerialPn532Line &>(*m_line).simulator(); }
    FakePn532I2c &i2cChip() { return dynamic_cast<I2cPn532Line &>(*m_line).chip(); }

    std::unique_ptr<Pn532TestLine> m_line;
    std::unique_ptr<Pn532Reader> m_reader;
};

void tst_Pn532Reader::init()
{
    QFETCH(Transport, transport); // every test names its wires in its _data table
    m_line = Pn532TestLine::create(transport);
    QVERIFY(m_line->plugIn());
    m_reader = m_line->makeReader(fastTiming());
}

void tst_Pn532Reader::cleanup()
{
    if (m_line)
        m_line->releaseBus();
    m_reader.reset();
    m_line.reset();
}

void tst_Pn532Reader::startReader()
{
    m_reader->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
}

void tst_Pn532Reader::initialisesTheChip()
{
    QFETCH(QString, kind);
    QFETCH(int, wakeUpsPerInitialisation);
    QSignalSpy statusSpy(m_reader.get(), &NfcReader::statusChanged);
    startReader();
    QVERIFY(statusSpy.count() >= 1);
    QCOMPARE(m_line->wakeUps(), wakeUpsPerInitialisation);
    QCOMPARE(m_line->commandCount(Pn532Codec::SamConfiguration), 1);
    QCOMPARE(m_line->commandCount(Pn532Codec::GetFirmwareVersion), 1);
    QCOMPARE(m_line->commandCount(Pn532Codec::RfConfiguration), 1);
    QCOMPARE(m_reader->firmware(), u"PN532 v1.6"_s);
    const NfcReader::Status status = m_reader->status();
    QCOMPARE(status.kind, kind);
    QCOMPARE(status.port, m_line->port());
    QVERIFY(status.lastError.isEmpty());
    // It keeps polling.
    QTRY_VERIFY_WITH_TIMEOUT(m_line->commandCount(Pn532Codec::InListPassiveTarget) >= 3, 5000);
}

void tst_Pn532Reader::tagPlacedHeldLiftedPlacedAgain()
{
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_line->placeTagHex(u"04a1b2c3d4e5f6"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.takeFirst().at(0).toString(), u"04a1b2c3d4e5f6"_s);
    // Held: the next polls see it again, and say nothing new.
    const int polls = m_line->commandCount(Pn532Codec::InListPassiveTarget);
    QTRY_VERIFY_WITH_TIMEOUT(m_line->commandCount(Pn532Codec::InListPassiveTarget) >= polls + 3, 5000);
    QCOMPARE(detected.count(), 0);
    QCOMPARE(removed.count(), 0);
    m_line->liftTag();
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.takeFirst().at(0).toString(), u"04a1b2c3d4e5f6"_s);
    m_line->placeTagHex(u"04a1b2c3d4e5f6"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.takeFirst().at(0).toString(), u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_reader->initialisations(), 1);
}

void tst_Pn532Reader::switchesBetweenTags()
{
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_line->placeTagHex(u"1a2b3c4d"_s);
    QVERIFY(detected.wait(5000));
    m_line->placeTagHex(u"04a1b2c3d4e5f6"_s);
    QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 2, 5000);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"1a2b3c4d"_s);
    QCOMPARE(detected.at(1).at(0).toString(), u"04a1b2c3d4e5f6"_s);
}

void tst_Pn532Reader::toleratesSlowAnswers()
{
    startReader();
    // Below the 300 ms answer timeout (on I2C the status byte says "busy" meanwhile).
    m_line->setResponseDelayMs(150);
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    m_line->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.first().at(0).toString(), u"04a1b2c3"_s);
    QCOMPARE(m_reader->initialisations(), 1);
    QVERIFY(m_reader->status().available);
}

void tst_Pn532Reader::silentChipIsReinitialised()
{
    QFETCH(int, wakeUpsPerInitialisation);
    startReader();
    QSignalSpy statusSpy(m_reader.get(), &NfcReader::statusChanged);
    m_line->setSilent(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    QVERIFY(!m_reader->status().lastError.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->initialisations() >= 2, 5000);
    const int samBefore = m_line->commandCount(Pn532Codec::SamConfiguration);
    m_line->setSilent(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QVERIFY(m_line->commandCount(Pn532Codec::SamConfiguration) > samBefore);
    QVERIFY(m_line->wakeUps() >= 2 * wakeUpsPerInitialisation);
    QVERIFY(statusSpy.count() >= 2);
    // And it reads tags again.
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    m_line->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
}

void tst_Pn532Reader::unpluggedDeviceIsReopened_data()
{
    addTransportColumn();
    QTest::addColumn<QString>("unpluggedError");
    QTest::newRow("serial") << Transport::Serial << u"serial port "_s;
    QTest::newRow("i2c") << Transport::I2c << u"No such"_s;
}

void tst_Pn532Reader::unpluggedDeviceIsReopened()
{
    QFETCH(QString, unpluggedError);
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_line->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));

    m_line->unplug(); // with the tag still on it
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    QVERIFY2(m_reader->status().lastError.contains(unpluggedError), qPrintable(m_reader->status().lastError));
    QCOMPARE(removed.count(), 1);
    const int attempts = m_reader->reopenAttempts();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->reopenAttempts() > attempts + 1, 5000); // keeps trying
    QVERIFY2(m_reader->status().lastError.contains(u"cannot open "_s + m_line->devicePath()),
             qPrintable(m_reader->status().lastError));

    QVERIFY(m_line->plugIn()); // plugged back in (a serial line: a new pty behind the same path)
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 2, 5000);
}

void tst_Pn532Reader::missingDeviceIsRetried()
{
    m_line->unplug();
    m_reader->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->reopenAttempts() >= 2, 5000);
    QVERIFY(!m_reader->status().available);
    QVERIFY(m_reader->status().lastError.contains(u"cannot open "_s + m_line->devicePath()));
    QVERIFY(m_line->plugIn());
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
}

void tst_Pn532Reader::boxHealthAndPlaybackFollowTheReader()
{
    QFETCH(QString, kind);
    PlaylistHarness lib;
    QVERIFY(lib.isValid());
    const QString playlist = lib.createPlaylist(u"Bedtime Stories"_s);
    QFile file(lib.folderOf(playlist) + u"/owl.wav"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(WavEncoder::encode(QList<qint16>(4410, 0), 44100)) > 0);
    file.close();
    PlaylistRepository::NewTrack track;
    track.title = u"Owl"_s;
    track.filename = u"owl.wav"_s;
    track.durationMs = 100;
    QVERIFY(lib.repository().addTrack(playlist, track));
    lib.giveTag(playlist, u"04a1b2c3d4e5f6"_s);

    Settings settings;
    settings.nfcRemovalGraceMs = 100;
    settings.nfcDebounceMs = 0;
    SystemClock clock;
    RepositoryPlayerLibrary playerLibrary(lib.repository(), lib.resumePoints());
    PlaybackController player(PlaybackController::Config::fromSettings(settings), playerLibrary, clock);
    FakeAudioBackend audio;
    player.attachBackend(&audio);
    SleepTimer sleepTimer({}, player, clock);
    TagRepository tags(lib.database());
    HealthStatus health;
    for (const auto service :
         {HealthStatus::Service::Database, HealthStatus::Service::Audio, HealthStatus::Service::WebSocket})
        health.setReady(service, true);
    NfcSubsystem nfc(std::exchange(m_reader, nullptr), settings, lib.playlists(), player, sleepTimer, tags,
                     lib.state, health, clock);
    nfc.start();
    QTRY_VERIFY_WITH_TIMEOUT(health.isReady(HealthStatus::Service::Nfc), 5000);
    QCOMPARE(nfc.status().status()[u"reader"_s].toObject()[u"kind"_s].toString(), kind);

    m_line->placeTagHex(u"04a1b2c3d4e5f6"_s); // scan to sound: the tag's playlist plays
    QTRY_VERIFY_WITH_TIMEOUT(audio.isPlaying(), 5000);
    QVERIFY(audio.currentFile().endsWith(u"owl.wav"_s));

    m_line->unplug();
    QTRY_VERIFY_WITH_TIMEOUT(!health.isReady(HealthStatus::Service::Nfc), 5000);
    QCOMPARE(health.toJson()[u"status"_s].toString(), u"degraded"_s);
    QVERIFY(!nfc.status().status()[u"reader"_s].toObject()[u"last_error"_s].toString().isEmpty());
    QVERIFY(m_line->plugIn());
    QTRY_VERIFY_WITH_TIMEOUT(health.isReady(HealthStatus::Service::Nfc), 5000);
    nfc.stop();
}

void tst_Pn532Reader::serialToleratesNoiseAndSplitFrames()
{
    Pn532Simulator &simulator = serialSimulator();
    simulator.setNoiseBeforeFrames(QByteArray::fromHex("ff13aa00ff06"));
    simulator.setSplitWrites(true);
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    simulator.placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.first().at(0).toString(), u"04a1b2c3"_s);
    simulator.sendRaw(QByteArray::fromHex("00ff0500deadbeef"));
    simulator.liftTag();
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    QVERIFY(removed.wait(5000));
    QVERIFY(m_reader->status().available);
}

void tst_Pn532Reader::i2cAsksForACorruptFrameAgain()
{
    FakePn532I2c &chip = i2cChip();
    startReader();
    chip.corruptNextReads(1); // the next frame arrives with a bad checksum and is asked for again
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    chip.placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.first().at(0).toString(), u"04a1b2c3"_s);
    QCOMPARE(chip.nacksReceived(), 1);
    QCOMPARE(m_reader->initialisations(), 1);
    QVERIFY(m_reader->status().available);
}

void tst_Pn532Reader::i2cOpensTheDeviceOnceAndAgainWhenReplugged()
{
    FakePn532I2c &chip = i2cChip();
    startReader();
    QCOMPARE(chip.opens(), 1);
    chip.unplug();
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    chip.replug();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QVERIFY(chip.opens() >= 2);
}

void tst_Pn532Reader::i2cEventLoopRunsWhileTheBusHangs()
{
    FakePn532I2c &chip = i2cChip();
    startReader();
    // The bus hangs in the middle of a transfer: the transfer blocks until the test lets it go. Were it on
    // the event loop's thread, no timer could fire and the reader's watchdog could not run.
    chip.setStalled(true);
    QTRY_VERIFY_WITH_TIMEOUT(chip.isBlockingATransfer(), 5000);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(5);
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 5000);
    // The watchdog, on the event loop, sees the silence.
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    QVERIFY(chip.isBlockingATransfer());

    chip.setStalled(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    chip.placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
}

QTEST_GUILESS_MAIN(tst_Pn532Reader)
#include "tst_pn532reader.moc"
