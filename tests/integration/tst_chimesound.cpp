// SPDX-License-Identifier: GPL-3.0-or-later
// The box's chimes as a listener hears them: the real openmusicbox with its default backend (GStreamer) on a
// private PulseAudio null sink, recorded from the sink's monitor. The ready chime sounds once after boot with
// nothing playing and the player stays stopped; an unknown tag's chime is mixed over music that plays on,
// never paused, never ducked; every chime is over within a second.

#include "audiofixtures.h"
#include "httpclient.h"
#include "pulseaudioserver.h"
#include "serverprocess.h"
#include "signalanalysis.h"
#include "soundrecorder.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SignalAnalysis;

namespace {
constexpr int rate = SoundRecorder::sampleRate;
constexpr qint64 framesPerMs = rate / 1000;
constexpr int waitMs = 15000;
constexpr double musicAmplitude = 0.05; // quiet music, so the chime stands out of the mix
constexpr int chimeLevel = 2000; // a chime at the default volume 50 peaks near 3600, the music near 500
constexpr int silence = 100;
} // namespace

class tst_ChimeSound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readyChimeAfterBoot();
    void unknownTagChimeOverMusic();

private:
    const Samples &samples() const { return m_recorder->samples(); }
    QJsonObject status() { return m_http->get(u"/api/player/status"_s).data().toObject(); }
    // The frame where a chime rose out of what played since `from`, after the whole chime was recorded.
    std::optional<qint64> waitForChime(qint64 from);
    // From the first to the last window above `level` in the 1.5 s from `from`, in ms (a chime's length).
    qint64 heardMs(qint64 from, double level) const;

    std::unique_ptr<PulseAudioServer> m_pulse;
    std::unique_ptr<SoundRecorder> m_recorder;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    qint64 m_bootFrame = 0;
};

void tst_ChimeSound::initTestCase()
{
    m_pulse = std::make_unique<PulseAudioServer>();
    QString error;
    QVERIFY2(m_pulse->start(&error), qPrintable(error));
    m_recorder = std::make_unique<SoundRecorder>(m_pulse->address());
    QVERIFY2(m_recorder->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->size() >= rate / 5, waitMs); // parec's samples flow

    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    const QString folder = m_dataDir->path() + u"/music/Tone"_s;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(AudioFixtures::writeSineWav(folder + u"/1-tone.wav"_s, 60000, 440, musicAmplitude));

    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"simulated"_s}, m_dataDir->path());
    m_server->setEnvironmentValue(u"PULSE_SERVER"_s, m_pulse->address());
    m_server->setEnvironmentValue(u"OMB_AUDIO_BACKEND"_s, u"gstreamer"_s);
    // The music keeps one level throughout (no loudness gain arriving while the test listens).
    m_server->setEnvironmentValue(u"OMB_LOUDNESS_NORMALIZATION"_s, u"off"_s);
    m_bootFrame = m_recorder->size();
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
}

void tst_ChimeSound::cleanupTestCase()
{
    m_http.reset();
    if (m_server)
        QVERIFY(m_server->terminate());
    m_server.reset();
    m_recorder.reset();
}

std::optional<qint64> tst_ChimeSound::waitForChime(qint64 from)
{
    std::optional<qint64> onset;
    if (!QTest::qWaitFor([&] { return (onset = firstWindowAbove(samples(), from, chimeLevel)).has_value(); },
                         waitMs))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return m_recorder->size() >= *onset + 1500 * framesPerMs; }, waitMs))
        return std::nullopt;
    return onset;
}

qint64 tst_ChimeSound::heardMs(qint64 from, double level) const
{
    std::optional<qint64> first;
    qint64 last = from;
    for (qint64 window = from; window + windowFrames <= from + 1500 * framesPerMs; window += windowFrames) {
        if (peak(samples(), window, window + windowFrames) < level)
            continue;
        first = first.value_or(window);
        last = window + windowFrames;
    }
    return first ? (last - *first) / framesPerMs : 0;
}

void tst_ChimeSound::readyChimeAfterBoot()
{
    const std::optional<qint64> onset = waitForChime(m_bootFrame);
    QVERIFY2(onset, "no ready chime was heard after boot");
    QVERIFY2(m_server->output().contains(u"chime ready"_s), qPrintable(m_server->output()));
    const qint64 lengthMs = heardMs(std::max(m_bootFrame, *onset - 200 * framesPerMs), silence);
    QVERIFY2(lengthMs > 200 && lengthMs <= 1000, qPrintable(u"heard for %1 ms"_s.arg(lengthMs)));
    QCOMPARE(status().value(u"state"_s).toString(), u"stopped"_s); // the chime did not start the player
}

void tst_ChimeSound::unknownTagChimeOverMusic()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        m_http->get(u"/api/playlists"_s).data()[u"playlists"_s][0][u"track_count"_s].toInt() == 1, waitMs);
    const QString playlistId = m_http->get(u"/api/playlists"_s).data()[u"playlists"_s][0][u"id"_s].toString();
    const qint64 beforeMusic = m_recorder->size();
    QCOMPARE(m_http->post(u"/api/playlists/%1/start"_s.arg(playlistId)).status, 200);
    std::optional<qint64> musicStart;
    QTRY_VERIFY_WITH_TIMEOUT((musicStart = firstWindowAbove(samples(), beforeMusic, silence)), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->size() >= *musicStart + 500 * framesPerMs, waitMs);
    const qint64 steadyFrom = *musicStart + 200 * framesPerMs;
    const int music = peak(samples(), steadyFrom, steadyFrom + 300 * framesPerMs);
    QVERIFY2(music > 2 * silence && music < chimeLevel / 2, qPrintable(u"music peaks at %1"_s.arg(music)));
    const QJsonObject before = status();
    QCOMPARE(before.value(u"state"_s).toString(), u"playing"_s);

    const qint64 beforeChime = m_recorder->size();
    QCOMPARE(m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, u"04A1B2C3D4"_s}, {u"action"_s, u"place"_s}})
                 .status,
             200);
    const std::optional<qint64> onset = waitForChime(beforeChime);
    QVERIFY2(onset, "the unknown tag's chime was not heard over the music");
    QVERIFY2(m_server->output().contains(u"chime unknown_tag"_s), qPrintable(m_server->output()));

    // Over within a second: then the music alone again, at its level and pitch.
    const qint64 lengthMs = heardMs(std::max(beforeChime, *onset - 200 * framesPerMs), 1.5 * music);
    QVERIFY2(lengthMs > 100 && lengthMs <= 1000, qPrintable(u"the chime rang for %1 ms"_s.arg(lengthMs)));
    const qint64 afterFrom = *onset + 1100 * framesPerMs;
    const int after = peak(samples(), afterFrom, afterFrom + 300 * framesPerMs);
    QVERIFY2(qAbs(after - music) < 0.1 * music,
             qPrintable(u"music %1 before, %2 after"_s.arg(music).arg(after)));
    const double hz = frequency(samples(), afterFrom, afterFrom + 300 * framesPerMs, rate);
    QVERIFY2(qAbs(hz - 440.0) < 3.0, qPrintable(u"%1 Hz after the chime"_s.arg(hz)));
    // Never paused or ducked under the chime: no moment quieter than the music's own level.
    const qint64 dip = longestRunBelow(samples(), beforeChime, afterFrom + 300 * framesPerMs, 0.8 * music);
    QVERIFY2(dip <= windowFrames, qPrintable(u"the music dipped for %1 ms"_s.arg(dip / framesPerMs)));

    const QJsonObject later = status();
    QCOMPARE(later.value(u"state"_s).toString(), u"playing"_s);
    QCOMPARE(later.value(u"active_track_id"_s), before.value(u"active_track_id"_s));
    QVERIFY(later.value(u"position_ms"_s).toInteger() > before.value(u"position_ms"_s).toInteger());
}

QTEST_GUILESS_MAIN(tst_ChimeSound)
#include "tst_chimesound.moc"
