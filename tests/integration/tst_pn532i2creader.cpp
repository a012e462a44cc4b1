// SPDX-License-Identifier: GPL-3.0-or-later
// Pn532I2cReader against the fake PN532 on a fake I2C device (the PN532 simulator's chip in I2C framing),
// its bus on a thread of its own: initialisation without a wake-up preamble, a tag placed, held, lifted and
// placed again, a slow chip and corrupt frames, the watchdog, a device unplugged and plugged back in, the
// event loop running on while the bus hangs, and the box's health and scan-to-play following the reader.

#include "common/systemclock.h"
#include "config/settings.h"
#include "fakeaudiobackend.h"
#include "fakepn532i2c.h"
#include "library/tagrepository.h"
#include "library/wavencoder.h"
#include "nfc/nfcsubsystem.h"
#include "nfc/pn532i2creader.h"
#include "playback/playbackcontroller.h"
#include "playback/repositoryplayerlibrary.h"
#include "playback/sleeptimer.h"
#include "playlistharness.h"
#include "system/healthstatus.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString fakePort = u"/dev/i2c-fake@0x24"_s;

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
} // namespace

class tst_Pn532I2cReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void initialisesTheChip();
    void tagPlacedHeldLiftedPlacedAgain();
    void switchesBetweenTags();
    void toleratesSlowAnswersAndCorruptFrames();
    void silentChipIsReinitialised();
    void unpluggedDeviceIsReopened();
    void missingDeviceIsRetried();
    void eventLoopRunsWhileTheBusHangs();
    void boxHealthAndPlaybackFollowTheReader();

private:
    std::unique_ptr<Pn532I2cReader> makeReader();
    void startReader();

    std::unique_ptr<FakePn532I2c> m_chip;
    std::unique_ptr<Pn532I2cReader> m_reader;
};

void tst_Pn532I2cReader::init()
{
    m_chip = std::make_unique<FakePn532I2c>();
    m_reader = makeReader();
}

void tst_Pn532I2cReader::cleanup()
{
    m_chip->setStalled(false); // a bus thread blocked in a transfer must finish before the reader goes
    m_reader.reset();
    m_chip.reset();
}

std::unique_ptr<Pn532I2cReader> tst_Pn532I2cReader::makeReader()
{
    Pn532I2cBus::Timing bus;
    bus.statusPollMs = 1;
    return std::make_unique<Pn532I2cReader>(m_chip->device(), fakePort, fastTiming(), bus);
}

void tst_Pn532I2cReader::startReader()
{
    m_reader->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
}

void tst_Pn532I2cReader::initialisesTheChip()
{
    QSignalSpy statusSpy(m_reader.get(), &NfcReader::statusChanged);
    startReader();
    QVERIFY(statusSpy.count() >= 1);
    QCOMPARE(m_chip->opens(), 1);
    QCOMPARE(m_chip->wakeUps(), 0); // the HSU preamble is the serial line's
    QCOMPARE(m_chip->commandCount(Pn532Codec::SamConfiguration), 1);
    QCOMPARE(m_chip->commandCount(Pn532Codec::GetFirmwareVersion), 1);
    QCOMPARE(m_chip->commandCount(Pn532Codec::RfConfiguration), 1);
    QCOMPARE(m_reader->firmware(), u"PN532 v1.6"_s);
    const NfcReader::Status status = m_reader->status();
    QCOMPARE(status.kind, u"pn532_i2c"_s);
    QCOMPARE(status.port, fakePort);
    QVERIFY(status.lastError.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_chip->commandCount(Pn532Codec::InListPassiveTarget) >= 3, 5000);
}

void tst_Pn532I2cReader::tagPlacedHeldLiftedPlacedAgain()
{
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_chip->placeTagHex(u"04a1b2c3d4e5f6"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.takeFirst().at(0).toString(), u"04a1b2c3d4e5f6"_s);
    // Held: the next polls see it again, and say nothing new.
    const int polls = m_chip->commandCount(Pn532Codec::InListPassiveTarget);
    QTRY_VERIFY_WITH_TIMEOUT(m_chip->commandCount(Pn532Codec::InListPassiveTarget) >= polls + 3, 5000);
    QCOMPARE(detected.count(), 0);
    QCOMPARE(removed.count(), 0);
    m_chip->liftTag();
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.takeFirst().at(0).toString(), u"04a1b2c3d4e5f6"_s);
    m_chip->placeTagHex(u"04a1b2c3d4e5f6"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.takeFirst().at(0).toString(), u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_reader->initialisations(), 1);
}

void tst_Pn532I2cReader::switchesBetweenTags()
{
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_chip->placeTagHex(u"1a2b3c4d"_s);
    QVERIFY(detected.wait(5000));
    m_chip->placeTagHex(u"04a1b2c3d4e5f6"_s);
    QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 2, 5000);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"1a2b3c4d"_s);
    QCOMPARE(detected.at(1).at(0).toString(), u"04a1b2c3d4e5f6"_s);
}

void tst_Pn532I2cReader::toleratesSlowAnswersAndCorruptFrames()
{
    startReader();
    m_chip->setResponseDelayMs(150); // below the 300 ms answer timeout: the status byte says "busy" meanwhile
    m_chip->corruptNextReads(1); // the next frame arrives with a bad checksum and is asked for again
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    m_chip->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.first().at(0).toString(), u"04a1b2c3"_s);
    QCOMPARE(m_chip->nacksReceived(), 1);
    QCOMPARE(m_reader->initialisations(), 1);
    QVERIFY(m_reader->status().available);
}

void tst_Pn532I2cReader::silentChipIsReinitialised()
{
    startReader();
    QSignalSpy statusSpy(m_reader.get(), &NfcReader::statusChanged);
    m_chip->setSilent(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    QVERIFY(!m_reader->status().lastError.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->initialisations() >= 2, 5000);
    const int samBefore = m_chip->commandCount(Pn532Codec::SamConfiguration);
    m_chip->setSilent(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QVERIFY(m_chip->commandCount(Pn532Codec::SamConfiguration) > samBefore);
    QVERIFY(statusSpy.count() >= 2);
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    m_chip->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
}

void tst_Pn532I2cReader::unpluggedDeviceIsReopened()
{
    startReader();
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    QSignalSpy removed(m_reader.get(), &NfcReader::tagRemoved);
    m_chip->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));

    m_chip->unplug(); // with the tag still on it
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    QVERIFY(m_reader->status().lastError.contains(u"No such"_s));
    QCOMPARE(removed.count(), 1);
    const int attempts = m_reader->reopenAttempts();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->reopenAttempts() > attempts + 1, 5000); // keeps trying
    QVERIFY(m_reader->status().lastError.contains(u"cannot open"_s));

    m_chip->replug();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 2, 5000);
    QVERIFY(m_chip->opens() >= 2);
}

void tst_Pn532I2cReader::missingDeviceIsRetried()
{
    m_chip->unplug();
    m_reader->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->reopenAttempts() >= 2, 5000);
    QVERIFY(!m_reader->status().available);
    QVERIFY(m_reader->status().lastError.contains(u"cannot open /dev/i2c-fake"_s));
    m_chip->replug();
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
}

void tst_Pn532I2cReader::eventLoopRunsWhileTheBusHangs()
{
    startReader();
    // The bus hangs in the middle of a transfer: the transfer blocks until the test lets it go. Were it on
    // the event loop's thread, no timer could fire and the reader's watchdog could not run.
    m_chip->setStalled(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_chip->isBlockingATransfer(), 5000);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(5);
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 5000);
    // The watchdog, on the event loop, sees the silence.
    QTRY_VERIFY_WITH_TIMEOUT(!m_reader->status().available, 5000);
    QVERIFY(m_chip->isBlockingATransfer());

    m_chip->setStalled(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->status().available, 5000);
    QSignalSpy detected(m_reader.get(), &NfcReader::tagDetected);
    m_chip->placeTagHex(u"04a1b2c3"_s);
    QVERIFY(detected.wait(5000));
}

void tst_Pn532I2cReader::boxHealthAndPlaybackFollowTheReader()
{
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
    QCOMPARE(nfc.status().status()[u"reader"_s].toObject()[u"kind"_s].toString(), u"pn532_i2c"_s);

    m_chip->placeTagHex(u"04a1b2c3d4e5f6"_s); // scan to sound: the tag's playlist plays
    QTRY_VERIFY_WITH_TIMEOUT(audio.isPlaying(), 5000);
    QVERIFY(audio.currentFile().endsWith(u"owl.wav"_s));

    m_chip->unplug();
    QTRY_VERIFY_WITH_TIMEOUT(!health.isReady(HealthStatus::Service::Nfc), 5000);
    QCOMPARE(health.toJson()[u"status"_s].toString(), u"degraded"_s);
    QVERIFY(!nfc.status().status()[u"reader"_s].toObject()[u"last_error"_s].toString().isEmpty());
    m_chip->replug();
    QTRY_VERIFY_WITH_TIMEOUT(health.isReady(HealthStatus::Service::Nfc), 5000);
    nfc.stop();
}

QTEST_GUILESS_MAIN(tst_Pn532I2cReader)
#include "tst_pn532i2creader.moc"
