// SPDX-License-Identifier: GPL-3.0-or-later
// Upload figures against the real server over loopback: throughput of a 50 MiB file sent in 1 MiB multipart
// chunks (chunks alone, and with the finalize that assembles, fsyncs, probes and imports it), and how much
// the server's resident memory grows for a 50 MiB and a 100 MiB upload (the target: about 10 MB at most).

#include "httpclient.h"
#include "processsample.h"
#include "serverprocess.h"
#include "uploadclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int chunkSize = 1048576;

struct Run
{
    double chunkSeconds = 0;
    double totalSeconds = 0;
    qint64 rssBeforeKib = 0;
    qint64 peakSampledKib = 0;
    qint64 hwmBeforeKib = 0;
    qint64 hwmAfterKib = 0;
    qint64 rssAfterKib = 0;
    bool ok = false;
};

Run uploadOnce(ServerProcess &server, HttpClient &http, const QString &playlist, const QString &name,
               const QByteArray &content)
{
    UploadClient uploads(http);
    const qint64 pid = server.process().processId();
    Run run;
    run.rssBeforeKib = ProcessSample::of(pid).rssKb;
    run.hwmBeforeKib = ProcessSample::of(pid).peakRssKb;
    run.peakSampledKib = run.rssBeforeKib;
    QElapsedTimer timer;
    timer.start();
    const auto init = uploads.init(playlist, name, content.size(), chunkSize);
    if (init.status != 201)
        return run;
    const QString id = init.data()[u"session_id"_s].toString();
    for (qsizetype offset = 0, index = 0; offset < content.size(); offset += chunkSize, ++index) {
        const auto put = uploads.putChunk(
            playlist, id, int(index),
            QByteArrayView(content).sliced(offset, qMin<qsizetype>(chunkSize, content.size() - offset)));
        if (put.status != 200)
            return run;
        run.peakSampledKib = qMax(run.peakSampledKib, ProcessSample::of(pid).rssKb);
    }
    run.chunkSeconds = double(timer.nsecsElapsed()) / 1e9;
    const auto done = uploads.finalize(playlist, id);
    run.totalSeconds = double(timer.nsecsElapsed()) / 1e9;
    run.ok = done.status == 200;
    run.rssAfterKib = ProcessSample::of(pid).rssKb;
    run.peakSampledKib = qMax(run.peakSampledKib, run.rssAfterKib);
    run.hwmAfterKib = ProcessSample::of(pid).peakRssKb;
    return run;
}

void report(const char *label, double mib, const Run &run)
{
    std::printf("%s: %s\n", label, run.ok ? "ok" : "FAILED");
    std::printf("  chunks only:          %.1f MiB/s (%.2f s)\n", mib / run.chunkSeconds, run.chunkSeconds);
    std::printf("  with finalize:        %.1f MiB/s (%.2f s)\n", mib / run.totalSeconds, run.totalSeconds);
    std::printf("  server RSS before:    %.1f MB, after: %.1f MB\n", double(run.rssBeforeKib) / 1024.0,
                double(run.rssAfterKib) / 1024.0);
    std::printf("  peak RSS growth:      %.1f MB (sampled per chunk), %.1f MB (VmHWM)\n",
                double(run.peakSampledKib - run.rssBeforeKib) / 1024.0,
                double(qMax<qint64>(0, run.hwmAfterKib - run.hwmBeforeKib)) / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ServerProcess server({u"--nfc"_s, u"none"_s, u"--log-level"_s, u"warning"_s});
    if (!server.start()) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    HttpClient http(server.baseUrl());
    const QString playlist
        = http.post(u"/api/playlists"_s, {{u"title"_s, u"Bench"_s}}).data()[u"id"_s].toString();

    // Warm-up: the first requests allocate what every later request reuses.
    const QByteArray small = UploadClient::wav(3 * chunkSize);
    uploadOnce(server, http, playlist, u"warmup.wav"_s, small);

    const QByteArray fifty = UploadClient::wav(50 * 1048576 - 44);
    const Run runFifty = uploadOnce(server, http, playlist, u"fifty.wav"_s, fifty);
    report("50 MiB in 1 MiB chunks", double(fifty.size()) / 1048576.0, runFifty);

    const QByteArray hundred = UploadClient::wav(100 * 1048576 - 44);
    const Run runHundred = uploadOnce(server, http, playlist, u"hundred.wav"_s, hundred);
    report("100 MiB in 1 MiB chunks", double(hundred.size()) / 1048576.0, runHundred);
    const double growthMb = double(runHundred.peakSampledKib - runHundred.rssBeforeKib) / 1024.0;
    std::printf("100 MiB RSS growth target (<= ~10 MB): %s\n", growthMb <= 10.5 ? "met" : "MISSED");
    server.terminate();
    return runFifty.ok && runHundred.ok ? 0 : 1;
}
