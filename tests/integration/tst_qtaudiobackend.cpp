// SPDX-License-Identifier: GPL-3.0-or-later
// Real playback through QtAudioBackend (GStreamer, no sound card: autoaudiosink's clock-synced fallback):
// position advances in real time, duration matches, seek lands, EndOfMedia auto-advances the controller,
// broken and missing files are reported. The test makes its own audio files.

#include "audiofixtures.h"
#include "common/systemclock.h"
#include "fakeplayerlibrary.h"
#include "playback/playbackcontroller.h"
#include "playback/qtaudiobackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_QtAudioBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void playsInRealTime_data();
    void playsInRealTime();
    void seekLands();
    void startsAtAnOffset();
    void pauseHoldsThePosition();
    void reportsBrokenAndMissingFiles();
    void switchingFilesQuickly();
    void endOfMediaAdvancesTheController();

private:
    QString make(const QString &stem, const QString &format, int durationMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QtAudioBackend> m_backend;
};

void tst_QtAudioBackend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_backend = std::make_unique<QtAudioBackend>();
    QVERIFY2(m_backend->isOutputReady(), "QMediaPlayer reports no usable backend");
}

void tst_QtAudioBackend::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

QString tst_QtAudioBackend::make(const QString &stem, const QString &format, int durationMs)
{
    return AudioFixtures::make(m_dir->path(), stem, format, durationMs);
}

void tst_QtAudioBackend::playsInRealTime_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"wav", "flac", "ogg", "mp3", "m4a"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void tst_QtAudioBackend::playsInRealTime()
{
    QFETCH(QString, format);
    const QString file = make(u"tone"_s, format, 3000);
    if (file.isEmpty())
        QSKIP("no encoder for this format (sox with libsox-fmt-mp3, gst-launch-1.0 with gstreamer1.0-libav)");

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

void tst_QtAudioBackend::seekLands()
{
    const QString file = make(u"long"_s, u"wav"_s, 6000);
    QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
    m_backend->playFile(file, 0);
    QVERIFY(started.wait(5000));
    m_backend->seek(4000);
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->position().value_or(0) >= 4000, 2000);
    QVERIFY2(m_backend->position().value_or(0) < 4500, qPrintable(QString::number(*m_backend->position())));
}

void tst_QtAudioBackend::startsAtAnOffset()
{
    const QString file = make(u"resume"_s, u"ogg"_s, 6000);
    if (file.isEmpty())
        QSKIP("sox is not installed");
    QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
    m_backend->playFile(file, 3000); // a resume point
    QVERIFY(m_backend->position().value_or(0) >= 3000); // never reports the way back to 0
    QVERIFY(started.wait(5000));
    QVERIFY2(m_backend->position().value_or(0) >= 3000 && m_backend->position().value_or(0) < 3600,
             qPrintable(QString::number(*m_backend->position())));
}

void tst_QtAudioBackend::pauseHoldsThePosition()
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

void tst_QtAudioBackend::reportsBrokenAndMissingFiles()
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

void tst_QtAudioBackend::switchingFilesQuickly()
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

void tst_QtAudioBackend::endOfMediaAdvancesTheController()
{
    FakePlayerLibrary library;
    Playlist playlist = FakePlayerLibrary::makePlaylist(u"real"_s, 3);
    playlist.tracks[0].filePath = make(u"one"_s, u"wav"_s, 1000);
    playlist.tracks[1].filePath = m_dir->filePath(u"missing.wav"_s); // broken in the middle: skipped
    playlist.tracks[2].filePath = make(u"three"_s, u"flac"_s, 1000);
    if (playlist.tracks[2].filePath.isEmpty())
        playlist.tracks[2].filePath = make(u"three"_s, u"wav"_s, 1000);
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

QTEST_GUILESS_MAIN(tst_QtAudioBackend)
#include "tst_qtaudiobackend.moc"
