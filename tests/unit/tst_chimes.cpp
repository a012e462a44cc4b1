// SPDX-License-Identifier: GPL-3.0-or-later
// The chimes over a recording ChimeOutput and a PlaybackController on FakeAudioBackend: every chime is
// rendered once, is under a second and ends in silence; it plays at the player's volume, never above the
// current maximum (the quiet-hours cap); sounds_enabled is read at the moment of playing; muted plays none;
// and the player is never touched (music plays on, a stopped player stays stopped).

#include "library/melodysynth.h"
#include "playback/chimeoutput.h"
#include "playback/chimes.h"
#include "playback/volumecurve.h"
#include "playerfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
class RecordingChimeOutput : public ChimeOutput
{
public:
    struct Played
    {
        QList<qint16> samples;
        int sampleRate = 0;
        double gain = 0;
    };

    void play(const QList<qint16> &samples, int sampleRate, double gain) override
    {
        played.append({samples, sampleRate, gain});
    }

    QList<Played> played;
};

int peakOf(const QList<qint16> &samples, qsizetype from, qsizetype to)
{
    int peak = 0;
    for (qsizetype i = from; i < to; ++i)
        peak = std::max(peak, std::abs(int(samples.at(i))));
    return peak;
}
} // namespace

class tst_Chimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyChimeIsShortAndEndsInSilence_data();
    void everyChimeIsShortAndEndsInSilence();
    void eachChimeSoundsDifferent();
    void playsAtThePlayersVolume();
    void neverLouderThanTheMaximum();
    void soundsEnabledIsReadWhenPlaying();
    void mutedPlaysNothing();
    void renderedOnce();
    void musicPlaysOn();
    void aStoppedPlayerStaysStopped();

private:
    std::unique_ptr<PlayerFixture> m_fx;
    RecordingChimeOutput m_output;
    bool m_enabled = true;
    std::unique_ptr<Chimes> m_chimes;
};

void tst_Chimes::init()
{
    m_fx = std::make_unique<PlayerFixture>();
    m_fx->library.add(FakePlayerLibrary::makePlaylist(u"p"_s, 3));
    m_output.played.clear();
    m_enabled = true;
    m_chimes = std::make_unique<Chimes>(m_output, *m_fx->controller, [this] { return m_enabled; });
}

void tst_Chimes::cleanup()
{
    m_chimes.reset();
    m_fx.reset();
}

void tst_Chimes::everyChimeIsShortAndEndsInSilence_data()
{
    QTest::addColumn<Chime>("chime");
    for (const Chime chime : ChimeSounds::all)
        QTest::newRow(qPrintable(ChimeSounds::name(chime))) << chime;
}

void tst_Chimes::everyChimeIsShortAndEndsInSilence()
{
    QFETCH(Chime, chime);
    const QList<qint16> samples = ChimeSounds::render(chime);
    const qint64 lengthMs = ChimeSounds::lengthMs(samples);
    QVERIFY2(lengthMs <= ChimeSounds::maxLengthMs, qPrintable(u"%1 ms"_s.arg(lengthMs)));
    QVERIFY2(lengthMs >= 300, qPrintable(u"%1 ms is too short to notice"_s.arg(lengthMs)));
    const qsizetype rate = MelodySynth::sampleRate;
    QVERIFY2(peakOf(samples, 0, samples.size()) > 8000, "heard");
    QVERIFY2(peakOf(samples, 0, 10) < 500, "starts softly, no click");
    QVERIFY2(peakOf(samples, samples.size() - rate / 100, samples.size()) < 300, "ends in silence, no click");
}

void tst_Chimes::eachChimeSoundsDifferent()
{
    for (const Chime a : ChimeSounds::all)
        for (const Chime b : ChimeSounds::all)
            if (a != b)
                QVERIFY2(ChimeSounds::render(a) != ChimeSounds::render(b),
                         qPrintable(ChimeSounds::name(a) + u" = "_s + ChimeSounds::name(b)));
}

void tst_Chimes::playsAtThePlayersVolume()
{
    QSignalSpy played(m_chimes.get(), &Chimes::played);
    m_fx->controller->setVolume(60);
    m_chimes->play(Chime::UnknownTag);
    QCOMPARE(m_output.played.size(), 1);
    QCOMPARE(m_output.played.first().samples, ChimeSounds::render(Chime::UnknownTag));
    QCOMPARE(m_output.played.first().sampleRate, MelodySynth::sampleRate);
    QCOMPARE(m_output.played.first().gain, VolumeCurve::gain(60) * Chimes::levelBelowMusic);
    QCOMPARE(played.size(), 1);
    QCOMPARE(played.first().at(0).value<Chime>(), Chime::UnknownTag);
}

void tst_Chimes::neverLouderThanTheMaximum()
{
    m_fx->controller->setVolume(80);
    m_fx->controller->setVolumeCap(30); // quiet hours begin: the player's maximum is the quiet maximum
    m_chimes->play(Chime::Blocked);
    QCOMPARE(m_output.played.size(), 1);
    QCOMPARE(m_output.played.first().gain, VolumeCurve::gain(30) * Chimes::levelBelowMusic);
    QVERIFY(m_output.played.first().gain <= VolumeCurve::gain(m_fx->controller->maxVolume()));
}

void tst_Chimes::soundsEnabledIsReadWhenPlaying()
{
    m_enabled = false;
    m_chimes->play(Chime::Ready);
    m_chimes->play(Chime::TagLinked);
    QVERIFY(m_output.played.isEmpty());
    m_enabled = true; // the parents turn sounds on: the next chime is heard
    m_chimes->play(Chime::TagLinked);
    QCOMPARE(m_output.played.size(), 1);
    QCOMPARE(m_output.played.first().samples, ChimeSounds::render(Chime::TagLinked));
}

void tst_Chimes::mutedPlaysNothing()
{
    m_fx->controller->setMuted(true);
    m_chimes->play(Chime::UnknownTag);
    QVERIFY(m_output.played.isEmpty());
    m_fx->controller->setMuted(false);
    m_fx->controller->setVolume(0);
    m_chimes->play(Chime::UnknownTag);
    QVERIFY(m_output.played.isEmpty());
}

void tst_Chimes::renderedOnce()
{
    const QList<qint16> &first = m_chimes->sound(Chime::Ready);
    const qint16 *data = first.constData();
    m_chimes->play(Chime::Ready);
    m_chimes->play(Chime::Ready);
    QCOMPARE(m_chimes->sound(Chime::Ready).constData(), data);
    QCOMPARE(m_output.played.size(), 2);
    QCOMPARE(m_output.played.at(1).samples.constData(), data); // the kept samples, not a new rendering
}

void tst_Chimes::musicPlaysOn()
{
    QVERIFY(m_fx->controller->startPlaylist(u"p"_s, PlaybackController::StartMode::FromStart).ok());
    m_fx->backend.setPosition(12000);
    const QStringList commands = m_fx->backend.commands;
    const double gain = m_fx->backend.gain();
    QSignalSpy changed(m_fx->controller.get(), &PlaybackController::changed);
    for (const Chime chime : ChimeSounds::all)
        m_chimes->play(chime);
    QCOMPARE(m_output.played.size(), 4);
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Playing);
    QCOMPARE(m_fx->backend.commands, commands); // no pause, no resume, no reload
    QCOMPARE(m_fx->backend.gain(), gain); // the music is not ducked either: the chime is mixed over it
    QCOMPARE(m_fx->controller->position(), 12000);
    QCOMPARE(changed.size(), 0);
}

void tst_Chimes::aStoppedPlayerStaysStopped()
{
    QSignalSpy changed(m_fx->controller.get(), &PlaybackController::changed);
    m_chimes->play(Chime::Ready);
    QCOMPARE(m_output.played.size(), 1);
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Stopped);
    QVERIFY(m_fx->backend.commands.isEmpty());
    QVERIFY(!m_fx->controller->isLoaded());
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_Chimes)
#include "tst_chimes.moc"
