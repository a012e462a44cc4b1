// SPDX-License-Identifier: GPL-3.0-or-later
// The timed fades as a listener hears them: the real backend (GstAudioBackend) to a private PulseAudio null
// sink, recorded from its monitor. The sleep timer's fade (SLEEP_FADE_SEC, run here with a 3 s fade) and the
// parental rules' 5 s fade before the pause a used-up budget imposes, over a steady tone; the level of every
// 10 ms of what was heard is compared with the one before, and printed:
//   - the largest step of the heard level, in % of the level before the fade (goal <= 2 %);
//   - the longest time the level went without falling during the fade (goal <= 100 ms);
//   - the expiry error: when the player paused against when the fade should end (goal within +-250 ms): the
//     sleep timer's end, or the parental fade's start (the state:playback_blocked announcement) + 5 s. The
//     rules themselves are looked at once a second, so a rule's own moment can be up to a second earlier.
// The box's clock is the real one shifted forward, so a one-minute sleep timer reaches its fade at once and a
// one-minute budget is used up at once; from there everything runs on real timers.

#include "audiofixtures.h"
#include "common/systemclock.h"
#include "fakeplayerlibrary.h"
#include "library/parentalrepository.h"
#include "parental/parentalguard.h"
#include "percentile.h"
#include "playback/gstaudiobackend.h"
#include "playback/playbackcontroller.h"
#include "playback/sleeptimer.h"
#include "playlistharness.h"
#include "pulseaudioserver.h"
#include "signalanalysis.h"
#include "soundrecorder.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;
constexpr int sleepFadeMs = 3000;
constexpr int parentalFadeMs = 5000;
constexpr int rounds = 3;

// The real monotonic clock, moved forward on demand: the timers under test see time jump to just before
// their fade, then pass at the real rate.
class ShiftedClock : public Clock
{
public:
    qint64 nowMs() const override { return m_real.nowMs() + m_shiftMs; }
    QDateTime nowUtc() const override { return m_real.nowUtc().addMSecs(m_shiftMs); }
    void jump(qint64 ms) { m_shiftMs += ms; }

private:
    SystemClock m_real;
    qint64 m_shiftMs = 0;
};

struct FadeFigures
{
    double largestStepPercent = 0;
    double longestIntervalMs = 0;
    double expiryErrorMs = 0;
    int droppedWindows = 0; // 10 ms windows the sink did not play (left out)
};

constexpr int windowMs = 10;
constexpr qint64 windowFrames = SoundRecorder::sampleRate / 1000 * windowMs;

// The heard level of every 10 ms window from `from` to `to`.
QList<int> envelope(const SignalAnalysis::Samples &samples, qint64 from, qint64 to)
{
    QList<int> levels;
    for (qint64 window = from; window + windowFrames <= to; window += windowFrames)
        levels.append(SignalAnalysis::peak(samples, window, window + windowFrames));
    return levels;
}

// A window the sink did not play while sound went on after it (the machine starved the streaming thread),
// with the window on each side, half heard: -1. No step is taken across such a gap: the sink goes on from
// where the timeline has got to.
QList<int> markDropouts(QList<int> levels, int *dropped)
{
    if (levels.isEmpty())
        return levels;
    const int loudest = *std::max_element(levels.begin(), levels.end());
    qsizetype lastHeard = levels.size() - 1;
    while (lastHeard > 0 && levels[lastHeard] < 0.02 * loudest)
        --lastHeard;
    QList<bool> drop(levels.size(), false);
    for (qsizetype i = 0; i < lastHeard; ++i)
        if (levels[i] < 0.02 * loudest)
            for (qsizetype j = std::max<qsizetype>(0, i - 1); j <= std::min(lastHeard, i + 1); ++j)
                drop[j] = true;
    for (qsizetype i = 0; i < levels.size(); ++i)
        if (drop[i]) {
            levels[i] = -1;
            ++*dropped;
        }
    return levels;
}

// The fade in the recorded levels: from the first window under 99 % of the steady level to the first one
// under 2 %.
std::optional<FadeFigures> analyse(const QList<int> &recorded, qint64 pausedAtMs, qint64 goalMs)
{
    constexpr int steadyWindows = 20;
    FadeFigures figures;
    const QList<int> levels = markDropouts(recorded, &figures.droppedWindows);
    if (levels.size() <= steadyWindows)
        return std::nullopt;
    const double steady = *std::max_element(levels.begin(), levels.begin() + steadyWindows);
    qsizetype begin = steadyWindows;
    while (begin < levels.size() && (levels[begin] < 0 || levels[begin] >= 0.99 * steady))
        ++begin;
    qsizetype end = begin;
    while (end < levels.size() && (levels[end] < 0 || levels[end] >= 0.02 * steady))
        ++end;
    if (steady <= 0 || begin >= levels.size() || end >= levels.size())
        return std::nullopt;
    double lastStepLevel = steady;
    qsizetype lastStep = begin - 1;
    for (qsizetype i = begin; i <= end; ++i) {
        if (levels[i] < 0) { // not heard: the time it lasted is not a wait for a step
            lastStep = i;
            continue;
        }
        if (levels[i - 1] >= 0)
            figures.largestStepPercent
                = std::max(figures.largestStepPercent, std::abs(levels[i] - levels[i - 1]) / steady * 100);
        if (levels[i] <= lastStepLevel - 0.001 * steady) { // it fell: a step
            figures.longestIntervalMs
                = std::max(figures.longestIntervalMs, double((i - lastStep) * windowMs));
            lastStepLevel = levels[i];
            lastStep = i;
        }
    }
    figures.expiryErrorMs = double(pausedAtMs - goalMs);
    return figures;
}

class FadeBench
{
public:
    bool setUp()
    {
        QString error;
        if (!m_dir.isValid() || !m_lib.isValid() || !m_server.start(&error)) {
            std::fprintf(stderr, "bench_fade: no sound server: %s\n", qPrintable(error));
            return false;
        }
        qputenv("PULSE_SERVER", m_server.address().toUtf8());
        m_recorder = std::make_unique<SoundRecorder>(m_server.address());
        if (!m_recorder->start(&error)) {
            std::fprintf(stderr, "bench_fade: %s\n", qPrintable(error));
            return false;
        }
        const QString tone = m_dir.filePath(u"tone.wav"_s);
        if (!AudioFixtures::writeSineWav(tone, 600000))
            return false;
        Playlist playlist = FakePlayerLibrary::makePlaylist(u"p"_s, 1);
        playlist.tracks[0].filePath = tone;
        playlist.tracks[0].durationMs = 600000;
        m_library.add(playlist);

        m_backend = std::make_unique<GstAudioBackend>(QString(), nullptr);
        m_player = std::make_unique<PlaybackController>(PlaybackController::Config {}, m_library, m_clock);
        m_player->attachBackend(m_backend.get());
        m_player->setVolume(100);
        QObject::connect(m_player.get(), &PlaybackController::changed, m_player.get(), [this] {
            if (m_player->state() == PlaybackController::State::Paused && !m_pausedAtMs)
                m_pausedAtMs = m_clock.nowMs();
        });
        m_sleep
            = std::make_unique<SleepTimer>(SleepTimer::Config {.fadeMs = sleepFadeMs}, *m_player, m_clock);
        m_repository = std::make_unique<ParentalRepository>(m_lib.database());
        m_guard = std::make_unique<ParentalGuard>(
            ParentalGuard::Config {.zone = QTimeZone::utc(), .fadeMs = parentalFadeMs}, *m_repository,
            *m_player, m_lib.state, m_clock);
        m_player->setGate(m_guard.get());
        QObject::connect(m_guard.get(), &ParentalGuard::playbackBlocked, m_guard.get(),
                         [this] { m_blockedAtMs = m_clock.nowMs(); });
        m_guard->start();

        QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
        return m_player->startPlaylist(u"p"_s, PlaybackController::StartMode::FromStart).ok()
            && QTest::qWaitFor([&] { return !started.isEmpty(); }, waitMs);
    }

    std::optional<FadeFigures> sleepOnce()
    {
        if (!playing())
            return std::nullopt;
        m_sleep->start(1);
        const qint64 goalMs = m_clock.nowMs() + 60000;
        m_clock.jump(60000 - sleepFadeMs - 500); // the fade begins in half a second
        return waitForPause(goalMs);
    }

    std::optional<FadeFigures> parentalOnce()
    {
        // A budget one minute above what was listened so far, used up half a second from now.
        const qint64 listenedMs = m_guard->listeningJson()[u"today_ms"_s].toInteger();
        ParentalSettings settings = m_guard->settings();
        settings.dailyBudgetMin = int(listenedMs / 60000) + 1;
        if (!m_guard->apply(settings).ok() || !playing())
            return std::nullopt;
        m_blockedAtMs.reset();
        m_clock.jump(qint64(settings.dailyBudgetMin) * 60000 - listenedMs - 500);
        if (!QTest::qWaitFor([&] { return m_blockedAtMs.has_value(); }, waitMs))
            return std::nullopt;
        return waitForPause(*m_blockedAtMs + parentalFadeMs);
    }

private:
    // Plays (resuming after the last round's pause), heard steady for 300 ms; the round's recording starts
    // there.
    bool playing()
    {
        if (!m_player->isPlaying()) {
            QSignalSpy started(m_backend.get(), &AudioBackend::playbackStarted);
            if (!m_player->play().applied || !QTest::qWaitFor([&] { return !started.isEmpty(); }, waitMs))
                return false;
        }
        if (!QTest::qWaitFor([&] { return heardSteady(); }, waitMs))
            return false;
        m_roundFrom = m_recorder->size() - 200 * framesPerMs;
        m_pausedAtMs.reset();
        return true;
    }

    // The last 300 ms recorded are the tone at one level. Counting recorded frames alone is not enough: the
    // recorder runs up to seconds behind the sink when the machine is busy (one core), and the round then
    // began in the silence before the music (no fade found, "did not fade and pause").
    bool heardSteady() const
    {
        const qint64 size = m_recorder->size();
        if (size < 300 * framesPerMs)
            return false;
        const QList<int> levels = envelope(m_recorder->samples(), size - 300 * framesPerMs, size);
        const auto [low, high] = std::minmax_element(levels.cbegin(), levels.cend());
        return *low > 0 && *low >= 0.99 * *high;
    }

    std::optional<FadeFigures> waitForPause(qint64 goalMs)
    {
        if (!QTest::qWaitFor([&] { return m_pausedAtMs.has_value(); }, waitMs))
            return std::nullopt;
        // What the sink still plays after the pause (its buffer, the pause's ramp) is heard too.
        const qint64 from = m_recorder->size();
        if (!QTest::qWaitFor([&] { return m_recorder->size() >= from + 300 * framesPerMs; }, waitMs))
            return std::nullopt;
        return analyse(envelope(m_recorder->samples(), m_roundFrom, m_recorder->size()), *m_pausedAtMs,
                       goalMs);
    }

    static constexpr qint64 framesPerMs = SoundRecorder::sampleRate / 1000;

    QTemporaryDir m_dir;
    PulseAudioServer m_server;
    std::unique_ptr<SoundRecorder> m_recorder;
    PlaylistHarness m_lib;
    ShiftedClock m_clock;
    FakePlayerLibrary m_library;
    std::unique_ptr<GstAudioBackend> m_backend;
    std::unique_ptr<PlaybackController> m_player;
    std::unique_ptr<SleepTimer> m_sleep;
    std::unique_ptr<ParentalRepository> m_repository;
    std::unique_ptr<ParentalGuard> m_guard;
    qint64 m_roundFrom = 0;
    std::optional<qint64> m_pausedAtMs;
    std::optional<qint64> m_blockedAtMs;
};

bool printFigures(const char *what, const QList<FadeFigures> &figures)
{
    QList<double> steps;
    QList<double> intervals;
    for (const FadeFigures &f : figures) {
        steps.append(f.largestStepPercent);
        intervals.append(f.longestIntervalMs);
    }
    const double step = percentile(steps, 100);
    const double interval = percentile(intervals, 100);
    double error = 0;
    for (const FadeFigures &f : figures)
        if (std::abs(f.expiryErrorMs) >= std::abs(error))
            error = f.expiryErrorMs;
    const bool met = step <= 2.0 && interval <= 100 && std::abs(error) <= 250;
    int dropped = 0;
    for (const FadeFigures &f : figures)
        dropped += f.droppedWindows;
    std::printf("%s over %d rounds: largest step %.2f %%  longest interval %.0f ms  expiry error %+.0f ms  "
                "(goal steps <= 2 %%, interval <= 100 ms, expiry +-250 ms: %s)\n",
                what, int(figures.size()), step, interval, error, met ? "met" : "NOT met");
    if (dropped > 0)
        std::printf("  %d ms of sink dropouts (the machine starved the audio thread) were left out\n",
                    dropped * windowMs);
    return met;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omb.*.info=false"_s);
    FadeBench bench;
    if (!bench.setUp()) {
        std::fprintf(stderr, "bench_fade: the music did not start\n");
        return 1;
    }
    QList<FadeFigures> sleep;
    for (int i = 0; i < rounds; ++i) {
        const auto figures = bench.sleepOnce();
        if (!figures) {
            std::fprintf(stderr, "bench_fade: sleep timer round %d did not fade and pause\n", i);
            return 1;
        }
        sleep.append(*figures);
    }
    QList<FadeFigures> parental;
    for (int i = 0; i < rounds; ++i) {
        const auto figures = bench.parentalOnce();
        if (!figures) {
            std::fprintf(stderr, "bench_fade: parental round %d did not fade and pause\n", i);
            return 1;
        }
        parental.append(*figures);
    }
    printFigures("sleep timer fade (3 s)", sleep);
    printFigures("parental fade (5 s, budget used up)", parental);
    return 0;
}
