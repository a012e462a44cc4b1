// SPDX-License-Identifier: GPL-3.0-or-later
// What the listener hears through GstAudioBackend, recorded at a real sound server (a PulseAudio null sink):
// the tone, no click when it pauses, stops or switches, no gap between tracks, no dropout after resume,
// loudness normalisation and the volume curve. Every check works on the recorded samples.
#include "audiofixtures.h"
#include "library/loudnessanalyzer.h"
#include "library/replaygain.h"
#include "playback/gstaudiobackend.h"
#include "playback/volumecurve.h"
#include "pulseaudioserver.h"
#include "signalanalysis.h"
#include "soundrecorder.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SignalAnalysis;

namespace {
constexpr int rate = SoundRecorder::sampleRate;
constexpr double toneAmplitude = 0.5;
constexpr qint64 framesPerMs = rate / 1000;
constexpr int waitMs = 10000;
} // namespace

class tst_SoundOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void toneReachesTheServer();
    void stoppingFadesWithoutAClick_data();
    void stoppingFadesWithoutAClick();
    void tracksFollowWithoutAGap_data();
    void tracksFollowWithoutAGap();
    void resumeHasNoDropout();
    void loudnessIsEvened();
    void volumeFollowsTheCurve_data();
    void volumeFollowsTheCurve();

private:
    QString tone(const QString &name, int durationMs, double amplitude = toneAmplitude);
    // Starts `file` and waits until 300 ms of it were recorded at a steady level; returns where it began.
    qint64 playUntilSteady(const QString &file);
    void waitForFrames(qint64 frames);

    std::unique_ptr<PulseAudioServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, double> m_gainsDb;
    std::unique_ptr<GstAudioBackend> m_backend;
    std::unique_ptr<SoundRecorder> m_recorder;
};

void tst_SoundOutput::initTestCase()
{
    m_server = std::make_unique<PulseAudioServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    qputenv("PULSE_SERVER", m_server->address().toUtf8());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SoundOutput::init()
{
    m_gainsDb.clear();
    m_backend = std::make_unique<GstAudioBackend>(
        QString(), [this](const QString &file) { return m_gainsDb.value(file, 0.0); });
    QCOMPARE(m_backend->sinkName(), u"pulsesink"_s);
    m_backend->setVolume(1.0);
    m_recorder = std::make_unique<SoundRecorder>(m_server->address());
    QString error;
    QVERIFY2(m_recorder->start(&error), qPrintable(error));
    // Until parec's samples flow, an index in the recording says nothing about when it was played.
    waitForFrames(rate / 5);
}

void tst_SoundOutput::cleanup()
{
    m_backend.reset();
    m_recorder.reset();
}

QString tst_SoundOutput::tone(const QString &name, int durationMs, double amplitude)
{
    const QString path = m_dir->filePath(name + u".wav"_s);
    if (!QFile::exists(path))
        AudioFixtures::writeSineWav(path, durationMs, 440, amplitude);
    return path;
}

void tst_SoundOutput::waitForFrames(qint64 frames)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->size() >= frames, waitMs);
}

qint64 tst_SoundOutput::playUntilSteady(const QString &file)
{
    const qint64 before = m_recorder->size();
    m_backend->playFile(file, 0);
    std::optional<qint64> start;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((start = firstWindowAbove(m_recorder->samples(), before, 1000)), waitMs);
    }();
    if (!start)
        return -1;
    waitForFrames(*start + 300 * framesPerMs);
    return *start;
}

void tst_SoundOutput::toneReachesTheServer()
{
    const qint64 start = playUntilSteady(tone(u"tone"_s, 5000));
    QVERIFY(start >= 0);
    const auto &samples = m_recorder->samples();
    const qint64 steadyFrom = start + 50 * framesPerMs;
    const double hz = frequency(samples, steadyFrom, steadyFrom + 200 * framesPerMs, rate);
    QVERIFY2(qAbs(hz - 440.0) < 3.0, qPrintable(u"%1 Hz"_s.arg(hz)));
    const int level = peak(samples, steadyFrom, steadyFrom + 200 * framesPerMs);
    QVERIFY2(qAbs(level - 32767 * toneAmplitude) < 0.05 * 32767 * toneAmplitude,
             qPrintable(QString::number(level)));
}

void tst_SoundOutput::stoppingFadesWithoutAClick_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("pause") << u"pause"_s;
    QTest::newRow("stop") << u"stop"_s;
    QTest::newRow("switch") << u"switch"_s;
}

// What a child hears when the tag is lifted (pause), a parent presses stop, or another tag is placed
// (switch): the level falls over >= 9 ms and no sample jumps by more than 4x the tone's own largest step.
void tst_SoundOutput::stoppingFadesWithoutAClick()
{
    QFETCH(QString, action);
    const qint64 start = playUntilSteady(tone(u"tone"_s, 5000));
    QVERIFY(start >= 0);
    const auto &samples = m_recorder->samples();
    const qint64 steadyFrom = start + 50 * framesPerMs;
    const int steady = peak(samples, steadyFrom, steadyFrom + 200 * framesPerMs);
    const int sineStep = largestStep(samples, steadyFrom, steadyFrom + 200 * framesPerMs);

    if (action == "pause"_L1)
        m_backend->pause();
    else if (action == "stop"_L1)
        m_backend->stop();
    else
        m_backend->playFile(tone(u"other"_s, 5000), 0);
    std::optional<Decay> decay;
    QTRY_VERIFY_WITH_TIMEOUT((decay = findDecay(samples, steadyFrom, steady)), waitMs);
    // The switch's new track is part of what is heard: its onset must not click either.
    waitForFrames(decay->end + 300 * framesPerMs);
    const double fadeMs = double(decay->end - decay->start) / framesPerMs;
    QVERIFY2(fadeMs >= 9.0, qPrintable(u"%1: the level fell to silence in %2 ms"_s.arg(action).arg(fadeMs)));
    const int step = largestStep(samples, steadyFrom, decay->end + 300 * framesPerMs);
    QVERIFY2(
        step <= 4 * sineStep,
        qPrintable(u"%1: a sample stepped %2 (the tone's largest step is %3)"_s.arg(action).arg(step).arg(
            sineStep)));
}

void tst_SoundOutput::tracksFollowWithoutAGap_data()
{
    QTest::addColumn<bool>("switched"); // the first track replaces one that plays, as a placed tag does
    QTest::newRow("from silence") << false;
    QTest::newRow("after a switch") << true;
}

// Consecutive tracks (an audiobook's chapters): the next file is prepared while the first plays and follows
// it with less than 50 ms of silence.
void tst_SoundOutput::tracksFollowWithoutAGap()
{
    QFETCH(bool, switched);
    const auto &samples = m_recorder->samples();
    qint64 from = m_recorder->size();
    if (switched) {
        const qint64 playing = playUntilSteady(tone(u"tone"_s, 5000));
        QVERIFY(playing >= 0);
        from = m_recorder->size();
    }
    const QString second = tone(u"second"_s, 2000);
    QSignalSpy followed(m_backend.get(), &AudioBackend::nextFileStarted);
    m_backend->playFile(tone(u"first"_s, 1000), 0);
    m_backend->prepareNext(second);
    std::optional<qint64> quiet = from; // after a switch: once the old file has faded
    if (switched)
        QTRY_VERIFY_WITH_TIMEOUT((quiet = firstWindowBelow(samples, from, 100)), waitMs);
    std::optional<qint64> start;
    QTRY_VERIFY_WITH_TIMEOUT((start = firstWindowAbove(samples, *quiet, 1000)), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(followed.count(), 1, waitMs);
    QCOMPARE(followed.first().first().toString(), second);
    // Both files, heard to the middle of the second.
    waitForFrames(*start + 2000 * framesPerMs);
    const qint64 steadyFrom = *start + 50 * framesPerMs;
    const int steady = peak(samples, steadyFrom, steadyFrom + 200 * framesPerMs);
    const qint64 gap = longestRunBelow(samples, steadyFrom, *start + 2000 * framesPerMs, 0.1 * steady);
    QVERIFY2(gap < 50 * framesPerMs,
             qPrintable(u"%1 ms of silence between the tracks"_s.arg(gap / framesPerMs)));
}

void tst_SoundOutput::resumeHasNoDropout()
{
    const qint64 start = playUntilSteady(tone(u"tone"_s, 5000));
    QVERIFY(start >= 0);
    const auto &samples = m_recorder->samples();
    const qint64 steadyFrom = start + 50 * framesPerMs;
    const int steady = peak(samples, steadyFrom, steadyFrom + 200 * framesPerMs);
    const int sineStep = largestStep(samples, steadyFrom, steadyFrom + 200 * framesPerMs);

    m_backend->pause();
    std::optional<Decay> decay;
    QTRY_VERIFY_WITH_TIMEOUT((decay = findDecay(samples, steadyFrom, steady)), waitMs);
    waitForFrames(decay->end + 100 * framesPerMs);
    const qint64 resumedAt = m_recorder->size();
    m_backend->resume();

    std::optional<qint64> back;
    QTRY_VERIFY_WITH_TIMEOUT((back = firstWindowAbove(samples, resumedAt, 0.9 * steady)), waitMs);
    waitForFrames(*back + 1000 * framesPerMs);
    const qint64 dropout = longestRunBelow(samples, *back, *back + 1000 * framesPerMs, 0.5 * steady);
    QVERIFY2(dropout == 0, qPrintable(u"%1 ms below half level after resuming"_s.arg(dropout / framesPerMs)));
    const int step = largestStep(samples, resumedAt, *back + 1000 * framesPerMs);
    QVERIFY2(step <= 4 * sineStep, qPrintable(u"resuming stepped %1 (sine %2)"_s.arg(step).arg(sineStep)));
}

void tst_SoundOutput::loudnessIsEvened()
{
    const QString loud = tone(u"loud"_s, 3000);
    const QString quiet = tone(u"quiet"_s, 3000, toneAmplitude / 10); // 20 dB quieter in the file
    LoudnessAnalyzer analyzer;
    QSignalSpy measured(&analyzer, &LoudnessAnalyzer::measured);
    for (const QString &file : {loud, quiet}) {
        measured.clear();
        QVERIFY(analyzer.analyze(file));
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, waitMs);
        const auto measure = measured.first().at(1).value<ReplayGain::Measure>();
        m_gainsDb.insert(file, ReplayGain::clipSafeGainDb(measure));
    }
    QVERIFY2(qAbs(m_gainsDb[quiet] - m_gainsDb[loud] - 20.0) < 1.0,
             qPrintable(u"gains %1 and %2 dB"_s.arg(m_gainsDb[loud]).arg(m_gainsDb[quiet])));

    const qint64 loudStart = playUntilSteady(loud);
    QVERIFY(loudStart >= 0);
    const auto &samples = m_recorder->samples();
    const double loudLevel = rms(samples, loudStart + 50 * framesPerMs, loudStart + 250 * framesPerMs);
    const qint64 switchedAt = m_recorder->size();
    m_backend->playFile(quiet, 0);
    std::optional<Decay> decay;
    QTRY_VERIFY_WITH_TIMEOUT(
        (decay = findDecay(samples, loudStart,
                           peak(samples, loudStart + 50 * framesPerMs, loudStart + 250 * framesPerMs))),
        waitMs);
    std::optional<qint64> quietStart;
    QTRY_VERIFY_WITH_TIMEOUT((quietStart = firstWindowAbove(samples, qMax(switchedAt, decay->end), 100)),
                             waitMs);
    waitForFrames(*quietStart + 300 * framesPerMs);
    const double quietLevel = rms(samples, *quietStart + 50 * framesPerMs, *quietStart + 250 * framesPerMs);
    const double spread = qAbs(decibels(quietLevel / loudLevel));
    QVERIFY2(spread <= 3.0, qPrintable(u"%1 dB apart after normalisation"_s.arg(spread)));
}

void tst_SoundOutput::volumeFollowsTheCurve_data()
{
    QTest::addColumn<int>("volume");
    QTest::newRow("100") << 100;
    QTest::newRow("50") << 50;
    QTest::newRow("20") << 20;
}

void tst_SoundOutput::volumeFollowsTheCurve()
{
    QFETCH(int, volume);
    const qint64 start = playUntilSteady(tone(u"tone"_s, 5000));
    QVERIFY(start >= 0);
    const auto &samples = m_recorder->samples();
    const double full = rms(samples, start + 50 * framesPerMs, start + 250 * framesPerMs);
    const qint64 changedAt = m_recorder->size();
    m_backend->setVolume(VolumeCurve::gain(volume));
    // The new level is heard within the sink's buffer and the ramp; measure well after both.
    waitForFrames(changedAt + 400 * framesPerMs);
    const double level = rms(samples, changedAt + 200 * framesPerMs, changedAt + 400 * framesPerMs);
    const double measuredDb = decibels(level / full);
    QVERIFY2(qAbs(measuredDb - VolumeCurve::decibels(volume)) <= 1.0,
             qPrintable(u"volume %1: %2 dB, the curve says %3 dB"_s.arg(volume)
                            .arg(measuredDb)
                            .arg(VolumeCurve::decibels(volume))));
}

QTEST_GUILESS_MAIN(tst_SoundOutput)
#include "tst_soundoutput.moc"
