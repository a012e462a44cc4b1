// SPDX-License-Identifier: GPL-3.0-or-later
// AudioSlicer: a buffer longer than the limit leaves as slices no longer than it, in order, with every sample
// and timestamps that follow on; shorter buffers, and every buffer while there is no limit, pass whole.

#include "playback/audioslicer.h"

#include <QList>
#include <QtTest>

#include <gst/check/gstharness.h>
#include <gst/gst.h>

#include <numeric>

namespace {
constexpr int rate = 48000;
constexpr int channels = 2;
constexpr qint64 msNs = 1'000'000;

struct Slice
{
    qint64 ptsNs;
    qint64 durationNs;
    QList<float> samples;
};

GstBuffer *rampBuffer(int firstFrame, int frames, qint64 ptsNs)
{
    QList<float> samples(frames * channels);
    std::iota(samples.begin(), samples.end(), float(firstFrame * channels));
    GstBuffer *buffer = gst_buffer_new_memdup(samples.constData(), gsize(samples.size()) * sizeof(float));
    GST_BUFFER_PTS(buffer) = GstClockTime(ptsNs);
    GST_BUFFER_DURATION(buffer) = gst_util_uint64_scale_int(guint64(frames), GST_SECOND, rate);
    return buffer;
}

// Pushes buffers of the given frame counts, one after the other from 0 s, through a slicer with that limit.
QList<Slice> slice(qint64 longestNs, const QList<int> &framesEach)
{
    GstElement *slicer = GST_ELEMENT(gst_object_ref_sink(AudioSlicer::make()));
    AudioSlicer::setLongestNs(slicer, longestNs);
    GstHarness *harness = gst_harness_new_with_element(slicer, "sink", "src");
    gst_harness_set_src_caps_str(harness,
                                 "audio/x-raw,format=F32LE,layout=interleaved,rate=48000,channels=2");
    int frame = 0;
    for (const int frames : framesEach) {
        const qint64 ptsNs = qint64(gst_util_uint64_scale_int(guint64(frame), GST_SECOND, rate));
        if (gst_harness_push(harness, rampBuffer(frame, frames, ptsNs)) != GST_FLOW_OK)
            qWarning("the slicer refused a buffer");
        frame += frames;
    }
    QList<Slice> slices;
    while (GstBuffer *buffer = gst_harness_try_pull(harness)) {
        GstMapInfo map;
        if (gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            const auto *samples = reinterpret_cast<const float *>(map.data);
            slices.append({qint64(GST_BUFFER_PTS(buffer)), qint64(GST_BUFFER_DURATION(buffer)),
                           QList<float>(samples, samples + map.size / sizeof(float))});
            gst_buffer_unmap(buffer, &map);
        }
        gst_buffer_unref(buffer);
    }
    gst_harness_teardown(harness);
    gst_object_unref(slicer);
    return slices;
}

// Every sample of the pushed frames, in order: the slices together are the input.
bool continuous(const QList<Slice> &slices, int frames)
{
    QList<float> all;
    for (const Slice &s : slices)
        all += s.samples;
    QList<float> expected(frames * channels);
    std::iota(expected.begin(), expected.end(), 0.0f);
    return all == expected;
}
} // namespace

class tst_AudioSlicer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(gst_init_check(nullptr, nullptr, nullptr)); }
    void cutsLongBuffersIntoSlices();
    void passesShortBuffersWhole();
    void passesBuffersWholeWithoutALimit();
};

void tst_AudioSlicer::cutsLongBuffersIntoSlices()
{
    // 200 ms, then 50 ms: 10 slices of 20 ms, then 20 + 20 + 10.
    const QList<Slice> slices = slice(20 * msNs, {rate / 5, rate / 20});
    QCOMPARE(slices.size(), 13);
    qint64 expectedPts = 0;
    for (const Slice &s : slices) {
        QVERIFY(s.durationNs <= 20 * msNs);
        QCOMPARE(s.ptsNs, expectedPts);
        QCOMPARE(qint64(s.samples.size()), s.durationNs * rate / 1'000'000'000 * channels);
        expectedPts += s.durationNs;
    }
    QCOMPARE(slices.last().durationNs, 10 * msNs);
    QCOMPARE(expectedPts, 250 * msNs);
    QVERIFY(continuous(slices, rate / 5 + rate / 20));
}

void tst_AudioSlicer::passesShortBuffersWhole()
{
    const QList<Slice> slices = slice(20 * msNs, {rate / 50, rate / 100});
    QCOMPARE(slices.size(), 2);
    QCOMPARE(slices[0].durationNs, 20 * msNs);
    QCOMPARE(slices[1].ptsNs, 20 * msNs);
    QVERIFY(continuous(slices, rate / 50 + rate / 100));
}

void tst_AudioSlicer::passesBuffersWholeWithoutALimit()
{
    const QList<Slice> slices = slice(0, {rate / 5});
    QCOMPARE(slices.size(), 1);
    QCOMPARE(slices[0].durationNs, 200 * msNs);
    QVERIFY(continuous(slices, rate / 5));
}

QTEST_GUILESS_MAIN(tst_AudioSlicer)
#include "tst_audioslicer.moc"
