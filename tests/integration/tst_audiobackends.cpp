// SPDX-License-Identifier: GPL-3.0-or-later
// The AudioBackend contract, kept by both backends (every test runs once with GstAudioBackend, the default,
// and once with QtAudioBackend), in real playback with no sound card (autoaudiosink's clock-synced fallback):
// position advances in real time, duration matches, seek lands, EndOfMedia auto-advances the controller,
// broken and missing files are reported. The test makes its own audio files.

#include "audiofixtures.h"
#include "common/systemclock.h"
#include "fakeplayerlibrary.h"
#include "playback/gstaudiobackend.h"
#include "playback/playbackcontroller.h"
#include "qtaudio/qtaudiobackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_AudioBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void playsInRealTime_data();
    void playsInRealTime();
    void seekLands();
    void startsAtAnOffset();
    void pauseHoldsThePosition();
    void reportsBrokenAndMissingFiles();
    void switchingFilesQuickly();
    void endOfMediaAdvancesTheController_data();
    void endOfMediaAdvancesTheController();

private:
    QString make(const QString &stem, const QString &format, int durationMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AudioBackend> m_backend;
};

void tst_AudioBackends::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("gstreamer") << u"gstreamer"_s;
    QTest::newRow("qt") << u"qt"_s;
}

void tst_AudioBackends::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFETCH_GLOBAL(QString, backend);
    if (backend == "gstreamer"_L1)
        m_backend = std::make_unique<GstAudioBackend>(QString(), nullptr);
    else
        m_backend = std::make_unique<QtAudioBackend>();
    QVERIFY2(m_backend->isOutputReady(), qPrintable(backend + u" reports no usable output"_s));
}

void tst_AudioBackends::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

QString tst_AudioBackends::make(const QString &stem, const QString &format, int durationMs)
{
    return AudioFixtures::make(m_dir->path(), stem, format, durationMs);
}

void tst_AudioBackends::playsInRealTime_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"wav", "flac", "ogg", "mp3", "m4a"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void tst_AudioBackends::playsInRealTime()
{
    QFETCH(QString, format);
    const QString file = make(u"tone"_s, format, 3000);
    QVERIFY2(!file.isEmpty(),
             "no encoder for this format (sox with libsox-fmt-mp3, gst-launch-1.0 with gstreamer1.0-libav)");

    QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
    QSignalSpy ended(m_backend.get(), &AudioBackend::endOfMedia);
    QSignalSpy errors(m_backend.get(), &AudioBackend::errorOccurred);
    QElapsedTimer sincePlay;
    sincePlay.start();
    m_backend->playFile(file, 0);
    QVERIFY(m_backend->isPlaying());
    QVERIFY(started.wait(5000));

    QElapsedTimer clock;
    clock.start();
    const qint64 firstPosition = m_backend->position().value_or(-1);
    QVERIFY(firstPosition >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->position().value_or(0) >= firstPosition + 1500, 5000);
    const qint64 advanced = m_backend->position().value_or(0) - firstPosition;
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(qAbs(advanced - elapsed) <= elapsed / 10,
             qPrintable(u"position advanced %1 ms in %2 ms"_s.arg(advanced).arg(elapsed)));

    QVERIFY2(qAbs(m_backend->duration() - 3000) <= 100, qPrintable(QString::number(m_backend->duration())));
    QVERIFY(ended.wait(5000));
    QVERIFY2(sincePlay.elapsed() >= 2700, qPrintable(QString::number(sincePlay.elapsed()))); // not faster
    QVERIFY(errors.isEmpty());
}

void tst_AudioBackends::seekLands()
{
    const QString file = make(u"long"_s, u"wav"_s, 6000);
    QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
    m_backend->playFile(file, 0);
    QVERIFY(started.wait(5000));
    m_backend->seek(4000);
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->position().value_or(0) >= 4000, 2000);
    QVERIFY2(m_backend->position().value_or(0) < 4500, qPrintable(QString::number(*m_backend->position())));
}

void tst_AudioBackends::startsAtAnOffset()
{
    const QString file = make(u"resume"_s, u"ogg"_s, 6000);
    QVERIFY2(!file.isEmpty(), "sox is required");
    QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
    m_backend->playFile(file, 3000); // a resume point
    QVERIFY(m_backend->position().value_or(0) >= 3000); // never reports the way back to 0
    QVERIFY(started.wait(5000));
    QVERIFY2(m_backend->position().value_or(0) >= 3000 && m_backend->position().value_or(0) < 3600,
             qPrintable(QString::number(*m_backend->position())));
}

void tst_AudioBackends::pauseHoldsThePosition()
{
    const QString file = make(u"pause"_s, u"wav"_s, 6000);
    QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
    m_backend->playFile(file, 0);
    QVERIFY(started.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->position().value_or(0) >= 500, 3000);
    m_backend->pause();
    QVERIFY(!m_backend->isPlaying());
    // The fade-out lasts rampMs; then the position must stand still.
    qint64 held = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const qint64 now = m_backend->position().value_or(0);
            const bool still = now == held;
            held = now;
            return still;
        }(),
        3000);
    m_backend->resume();
    QVERIFY(started.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->position().value_or(0) >= held + 300, 3000);
}

void tst_AudioBackends::reportsBrokenAndMissingFiles()
{
    QSignalSpy errors(m_backend.get(), &AudioBackend::errorOccurred);
    const QString broken = m_dir->filePath(u"broken.mp3"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64 * 1024, 'x'));
    file.close();
    m_backend->playFile(broken, 0);
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.size(), 1); // one report per file
    QVERIFY(!m_backend->isPlaying());

    m_backend->playFile(m_dir->filePath(u"missing.mp3"_s), 0);
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.size(), 2);
}

void tst_AudioBackends::switchingFilesQuickly()
{
    // GStreamer sometimes reports a stray end of media right after a source switch; it must not end the
    // track.
    const QStringList files {make(u"a"_s, u"wav"_s, 5000), make(u"b"_s, u"wav"_s, 5000)};
    QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
    QSignalSpy ended(m_backend.get(), &AudioBackend::endOfMedia);
    for (int i = 0; i < 40; ++i) {
        started.clear();
        m_backend->playFile(files[i % 2], 0);
        QVERIFY2(started.wait(5000), qPrintable(u"start %1 made no sound"_s.arg(i)));
    }
    QCOMPARE(ended.size(), 0);
}

void tst_AudioBackends::endOfMediaAdvancesTheController_data()
{
    QTest::addColumn<bool>("broken"); // the track in the middle is junk, else missing
    QTest::newRow("missing") << false;
    QTest::newRow("broken") << true;
}

void tst_AudioBackends::endOfMediaAdvancesTheController()
{
    QFETCH(bool, broken);
    FakePlayerLibrary library;
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"real"_s, 3);
    playlist.tracks[0].filePath = make(u"one"_s, u"wav"_s, 1000);
    playlist.tracks[1].filePath = m_dir->filePath(u"middle.wav"_s); // skipped
    if (broken) {
        QFile junk(playlist.tracks[1].filePath);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(64 * 1024, 'x'));
    }
    playlist.tracks[2].filePath = make(u"three"_s, u"flac"_s, 1000);
    QVERIFY(!playlist.tracks[2].filePath.isEmpty());
    for (Track &track : playlist.tracks)
        track.durationMs = 1000;
    SystemClock systemClock;
    PlaybackController controller({}, library, systemClock);
    controller.attachBackend(m_backend.get());
    QSignalSpy failed(&controller, &PlaybackController::trackFailed);
    QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(controller.playPlaylist(playlist, PlaybackController::StartMode::FromStart).ok());
    QTRY_COMPARE_WITH_TIMEOUT(controller.trackIndex(), 2, 5000);
    QVERIFY(controller.isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 5000); // the first file, then the one after the broken one
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackController::State::Stopped, 5000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(controller.trackIndex(), 0); // the end rule
    QVERIFY2(clock.elapsed() >= 1800, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(library.playCounts.value(u"real-t1"_s), 1);
    QCOMPARE(library.playCounts.value(u"real-t3"_s), 1);
}

QTEST_GUILESS_MAIN(tst_AudioBackends)
#include "tst_audiobackends.moc"
