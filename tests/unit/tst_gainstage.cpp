// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/gainstage.h"

#include <QTest>

#include <cmath>
#include <vector>

namespace {
constexpr int rate = 48000;
constexpr int rampMs = 30;

std::vector<float> ones(int frames, int channels = 2)
{
    return std::vector<float>(size_t(frames * channels), 1.0f);
}
} // namespace

class tst_GainStage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rampsOverRampMs_data();
    void rampsOverRampMs();
    void rampEndIsReportedOnce();
    void trackGainSwitchesAtTheBoundary();
    void jumpIsImmediate();
    void glideTakesItsOwnTime();
};

void tst_GainStage::rampsOverRampMs_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("expectedFrames");
    const int full = rate * rampMs / 1000;
    QTest::newRow("fade out") << 1.0 << 0.0 << full;
    QTest::newRow("fade in") << 0.0 << 1.0 << full;
    QTest::newRow("half step takes half the time") << 1.0 << 0.5 << full / 2;
}

void tst_GainStage::rampsOverRampMs()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, expectedFrames);
    GainStage stage(rampMs);
    stage.jumpTo(from);
    stage.rampTo(to);
    std::vector<float> block = ones(rate / 10);
    stage.process(block.data(), rate / 10, 2, rate);
    // Both channels get the same factor; every step is at most 1/rampFrames of full scale.
    double largestStep = 0;
    int settledAt = -1;
    for (int frame = 0; frame < rate / 10; ++frame) {
        QCOMPARE(block[frame * 2], block[frame * 2 + 1]);
        if (frame > 0)
            largestStep = std::max(largestStep, double(std::abs(block[frame * 2] - block[(frame - 1) * 2])));
        if (settledAt < 0 && std::abs(block[frame * 2] - to) < 1e-6)
            settledAt = frame;
    }
    QVERIFY(largestStep <= 1.0 / (rate * rampMs / 1000) + 1e-6);
    QVERIFY2(std::abs(settledAt - expectedFrames) <= 2, qPrintable(QString::number(settledAt)));
    QVERIFY(stage.isSettled());
}

void tst_GainStage::rampEndIsReportedOnce()
{
    GainStage stage(rampMs);
    stage.jumpTo(1.0);
    stage.rampTo(0.0);
    std::vector<float> block = ones(480); // 10 ms
    QVERIFY(!stage.process(block.data(), 480, 2, rate));
    QVERIFY(!stage.process(block.data(), 480, 2, rate));
    QVERIFY(!stage.isSettled());
    block = ones(960);
    QVERIFY(stage.process(block.data(), 960, 2, rate)); // the 30 ms are over in this block
    QVERIFY(stage.isSettled());
    block = ones(480);
    QVERIFY(!stage.process(block.data(), 480, 2, rate));
    QCOMPARE(block.back(), 0.0f);
}

void tst_GainStage::trackGainSwitchesAtTheBoundary()
{
    GainStage stage(rampMs);
    stage.jumpTo(1.0);
    stage.setTrackGain(0.5);
    stage.setNextTrackGain(2.0);
    std::vector<float> block = ones(10);
    stage.process(block.data(), 10, 1, rate);
    QCOMPARE(block.front(), 0.5f); // the next track's gain waits for its first sample
    stage.beginTrack();
    block = ones(10);
    stage.process(block.data(), 10, 1, rate);
    QCOMPARE(block.front(), 2.0f);
}

void tst_GainStage::jumpIsImmediate()
{
    GainStage stage(rampMs);
    stage.jumpTo(0.25);
    std::vector<float> block = ones(4, 1);
    QVERIFY(!stage.process(block.data(), 4, 1, rate));
    QCOMPARE(block.front(), 0.25f);
}

void tst_GainStage::glideTakesItsOwnTime()
{
    // A timed fade's stretch: 1.0 -> 0.9 in 250 ms, a straight line, then a newer glide from where it got to.
    GainStage stage(rampMs);
    stage.jumpTo(1.0);
    stage.glideTo(0.9, 250);
    const int frames = rate / 4;
    std::vector<float> block = ones(frames);
    QVERIFY(stage.process(block.data(), frames, 2, rate)); // ends in this block
    const double slope = 0.1 / frames;
    for (int frame = 0; frame < frames; frame += 997)
        QVERIFY2(std::abs(block[frame * 2] - (1.0 - slope * (frame + 1))) < 1e-4,
                 qPrintable(QString::number(frame)));
    QVERIFY(std::abs(block[(frames - 1) * 2] - 0.9) < 1e-6);
    QVERIFY(stage.isSettled());

    stage.glideTo(0.8, 100); // half the way, then a plain ramp takes over with its own 30 ms slope
    std::vector<float> half = ones(rate / 20);
    QVERIFY(!stage.process(half.data(), rate / 20, 2, rate));
    QVERIFY(std::abs(half.back() - 0.85) < 1e-3);
    stage.rampTo(0.0);
    std::vector<float> rest = ones(rate / 10);
    QVERIFY(stage.process(rest.data(), rate / 10, 2, rate));
    QCOMPARE(rest.back(), 0.0f);
}

QTEST_APPLESS_MAIN(tst_GainStage)
#include "tst_gainstage.moc"
