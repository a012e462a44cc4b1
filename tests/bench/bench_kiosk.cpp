// SPDX-License-Identifier: GPL-3.0-or-later
// What the screen costs: the real binary started headless (UI=none) and as a kiosk (UI=kiosk, software
// rendering offscreen), five times each. Prints start-to-listening for both, start-to-first-frame for the
// kiosk, idle RSS for both and the kiosk's extra RSS. Goals: extra RSS <= 35 MB, first frame < 1.5 s.
// OMB_BASELINE_BINARY=<older openmusicbox> adds the headless figures of that binary (did headless move?).

#include "processsample.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr int runs = 5;

struct Run
{
    double listeningMs = 0;
    double firstFrameMs = 0;
    double rssMb = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

std::optional<Run> measure(bool kiosk)
{
    ServerProcess server(kiosk ? QStringList {u"--ui"_s, u"kiosk"_s} : QStringList {});
    server.setEnvironmentValue(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    server.setEnvironmentValue(u"OMB_NFC_READER"_s, u"simulated"_s);
    QElapsedTimer clock;
    clock.start();
    if (!server.start())
        return std::nullopt;
    Run run;
    run.listeningMs = double(clock.nsecsElapsed()) / 1e6;
    if (kiosk) {
        if (!QTest::qWaitFor([&] { return server.output().contains(u"first frame shown"_s); }, 10000))
            return std::nullopt;
        run.firstFrameMs = double(clock.nsecsElapsed()) / 1e6;
    }
    // Idle: audio opened and the reader started (both come after listening).
    if (!QTest::qWaitFor(
            [&] {
                return server.output().contains(u"simulated NFC reader ready"_s)
                    && server.output().contains(u"audio output"_s);
            },
            10000))
        return std::nullopt;
    run.rssMb = double(ProcessSample::of(server.process().processId()).rssKb) / 1024.0;
    server.terminate();
    return run;
}

QList<Run> series(bool kiosk)
{
    QList<Run> result;
    for (int i = 0; i < runs; ++i) {
        if (const auto run = measure(kiosk))
            result.append(*run);
    }
    return result;
}

QList<double> pick(const QList<Run> &runs, double Run::*field)
{
    QList<double> values;
    for (const Run &run : runs)
        values.append(run.*field);
    return values;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QList<Run> headless = series(false);
    const QList<Run> kiosk = series(true);
    if (headless.size() != runs || kiosk.size() != runs) {
        std::fprintf(stderr, "bench_kiosk: a start failed (%lld headless, %lld kiosk of %d)\n",
                     qlonglong(headless.size()), qlonglong(kiosk.size()), runs);
        return 1;
    }
    const double headlessRss = median(pick(headless, &Run::rssMb));
    const double kioskRss = median(pick(kiosk, &Run::rssMb));
    const double firstFrame = median(pick(kiosk, &Run::firstFrameMs));
    std::printf("headless: start to listening %.1f ms, idle RSS %.1f MB (medians of %d)\n",
                median(pick(headless, &Run::listeningMs)), headlessRss, runs);
    std::printf("kiosk:    start to listening %.1f ms, start to first frame %.1f ms (goal < 1500), idle RSS "
                "%.1f MB\n",
                median(pick(kiosk, &Run::listeningMs)), firstFrame, kioskRss);
    std::printf("kiosk extra RSS over headless: %.1f MB (goal <= 35)\n", kioskRss - headlessRss);

    if (const QString baseline = qEnvironmentVariable("OMB_BASELINE_BINARY"); !baseline.isEmpty()) {
        const QByteArray current = qgetenv("OMB_SERVER_BINARY");
        qputenv("OMB_SERVER_BINARY", baseline.toLocal8Bit());
        const QList<Run> before = series(false);
        qputenv("OMB_SERVER_BINARY", current);
        std::printf("baseline headless (%s): start to listening %.1f ms, idle RSS %.1f MB\n",
                    qPrintable(baseline), median(pick(before, &Run::listeningMs)),
                    median(pick(before, &Run::rssMb)));
    }
    return firstFrame < 1500 && kioskRss - headlessRss <= 35 ? 0 : 1;
}
