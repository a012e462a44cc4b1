// SPDX-License-Identifier: GPL-3.0-or-later
// The sleep timer over FakeAudioBackend on a manual clock: start, replace and cancel, a fade in small steps
// that ends in a pause with the resume point saved, and the volume back for the next play.

#include "playback/sleeptimer.h"
#include "playback/volumecurve.h"
#include "playerfixture.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int fadeMs = 30000;
constexpr int tickMs = 100;
} // namespace

class tst_SleepTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup()
    {
        m_timer.reset();
        m_fx.reset();
    }
    void startReplaceCancel();
    void fadesThenPauses();
    void cancelDuringTheFadeRestoresTheVolume();
    void aLateTickEndsOnTime();

private:
    // Moves the clock in tick steps for `ms`, ticking as the QTimer would; the gains the backend got.
    QList<double> run(qint64 ms);

    std::unique_ptr<PlayerFixture> m_fx;
    std::unique_ptr<SleepTimer> m_timer;
};

void tst_SleepTimer::init()
{
    m_fx = std::make_unique<PlayerFixture>();
    m_fx->library.add(FakePlayerLibrary::makePlaylist(u"p"_s, 3));
    QVERIFY(m_fx->controller->startPlaylist(u"p"_s, PlaybackController::StartMode::FromStart).ok());
    m_timer
        = std::make_unique<SleepTimer>(SleepTimer::Config {fadeMs, tickMs}, *m_fx->controller, m_fx->clock);
}

QList<double> tst_SleepTimer::run(qint64 ms)
{
    QList<double> gains;
    for (qint64 done = 0; done < ms; done += tickMs) {
        m_fx->clock.advance(tickMs);
        m_timer->tick();
        gains.append(m_fx->backend.gain());
    }
    return gains;
}

void tst_SleepTimer::startReplaceCancel()
{
    QSignalSpy changed(m_timer.get(), &SleepTimer::changed);
    QCOMPARE(m_timer->toJson(), QJsonValue(QJsonValue::Null));
    m_timer->start(15);
    QVERIFY(m_timer->isActive());
    QCOMPARE(m_timer->remainingMs(), 15 * 60000);
    const QJsonObject json = m_timer->toJson().toObject();
    QCOMPARE(json[u"ends_at"_s].toInteger(), m_fx->clock.nowUtc().toMSecsSinceEpoch() + 15 * 60000);
    QCOMPARE(json[u"remaining_ms"_s].toInteger(), 15 * 60000);
    m_fx->clock.advance(60000);
    QCOMPARE(m_timer->remainingMs(), 14 * 60000);

    m_timer->start(30); // replaces
    QCOMPARE(m_timer->remainingMs(), 30 * 60000);
    m_timer->start(0); // cancels
    QVERIFY(!m_timer->isActive());
    QCOMPARE(m_timer->toJson(), QJsonValue(QJsonValue::Null));
    m_timer->cancel(); // nothing to cancel: no event
    QCOMPARE(changed.size(), 3);
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Playing);
}

void tst_SleepTimer::fadesThenPauses()
{
    const double full = VolumeCurve::gain(m_fx->controller->volume());
    QCOMPARE(m_fx->backend.gain(), full);
    m_fx->backend.setPosition(42000);
    QSignalSpy changed(m_timer.get(), &SleepTimer::changed);
    m_timer->start(1);

    const QList<double> beforeFade = run(60000 - fadeMs);
    for (double gain : beforeFade)
        QCOMPARE(gain, full);
    const QList<double> fade = run(fadeMs - tickMs);
    double previous = full;
    for (qsizetype i = 0; i < fade.size(); ++i) {
        QVERIFY2(fade[i] <= previous && previous - fade[i] <= 0.02 * full,
                 qPrintable(u"step %1: %2 -> %3"_s.arg(i).arg(previous).arg(fade[i])));
        previous = fade[i];
    }
    QVERIFY2(fade.last() < 0.01 * full, "nearly silent just before the end");
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Playing);

    run(tickMs); // the end
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Paused);
    QVERIFY(!m_timer->isActive());
    QCOMPARE(m_fx->library.resumePoint(u"p"_s)->positionMs, 42000);
    QCOMPARE(m_fx->backend.gain(), full); // the next play is at the volume it had
    QCOMPARE(m_fx->controller->volume(), 50);
    QCOMPARE(changed.size(), 2); // started, expired
}

void tst_SleepTimer::cancelDuringTheFadeRestoresTheVolume()
{
    const double full = VolumeCurve::gain(m_fx->controller->volume());
    m_timer->start(1);
    run(60000 - fadeMs / 2);
    QVERIFY(m_fx->backend.gain() < 0.6 * full);
    m_timer->cancel();
    QCOMPARE(m_fx->backend.gain(), full);
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Playing);
}

void tst_SleepTimer::aLateTickEndsOnTime()
{
    m_timer->start(2);
    m_fx->clock.advance(3 * 60000); // the box was busy: one late tick finds the time is up
    m_timer->tick();
    QCOMPARE(m_fx->controller->state(), PlaybackController::State::Paused);
    QVERIFY(!m_timer->isActive());
}

QTEST_GUILESS_MAIN(tst_SleepTimer)
#include "tst_sleeptimer.moc"
