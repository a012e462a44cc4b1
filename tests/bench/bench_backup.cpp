// SPDX-License-Identifier: GPL-3.0-or-later
// Backup figures against the real server over loopback: a 1 GiB library (256 files of 4 MiB) downloaded as a
// backup archive, with the time to the first byte (the snapshot), the throughput and how much the server's
// resident memory grows while it streams (the target: under 10 MB for 1 GB).

#include "processsample.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int files = 256;
    constexpr qint64 fileBytes = 4 * 1024 * 1024;

    ServerProcess server({u"--nfc"_s, u"none"_s});
    if (!server.start()) {
        std::fprintf(stderr, "the server did not start\n%s\n", qPrintable(server.output()));
        return 1;
    }
    // Sparse files: the archive streams every byte, the disk holds none of them.
    const QString folder = server.dataDir() + u"/music/Big"_s;
    QDir().mkpath(folder);
    for (int i = 0; i < files; ++i) {
        QFile file(folder + u"/track%1.wav"_s.arg(i, 3, 10, QChar(u'0')));
        if (!file.open(QIODevice::WriteOnly) || !file.resize(fileBytes)) {
            std::fprintf(stderr, "cannot make the library\n");
            return 1;
        }
    }

    const qint64 pid = server.process().processId();
    const ProcessSample before = ProcessSample::of(pid);
    qint64 peakKib = before.rssKb;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler,
                     [&] { peakKib = qMax(peakKib, ProcessSample::of(pid).rssKb); });
    sampler.start(50);

    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(server.baseUrl() + u"/api/system/backup"_s)));
    reply->setReadBufferSize(1024 * 1024); // a client that reads as it goes, so the server feels backpressure
    qint64 received = 0;
    qint64 firstByteNs = -1;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (firstByteNs < 0)
            firstByteNs = timer.nsecsElapsed();
        received += reply->readAll().size();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    received += reply->readAll().size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sampler.stop();
    const ProcessSample after = ProcessSample::of(pid);
    const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const bool ok = reply->error() == QNetworkReply::NoError && received == expected;

    std::printf(
        "backup of %d files, %.0f MiB: %lld bytes in %.2f s (%.0f MB/s), first byte after %.1f ms%s\n", files,
        double(files * fileBytes) / 1048576.0, qlonglong(received), seconds, double(received) / 1e6 / seconds,
        double(firstByteNs) / 1e6, ok ? "" : " FAILED");
    std::printf(
        "server RSS: %.1f MB before, %.1f MB peak while streaming (sampled every 50 ms), growth %.1f MB; "
        "VmHWM %.1f -> %.1f MB\n",
        double(before.rssKb) / 1024.0, double(peakKib) / 1024.0, double(peakKib - before.rssKb) / 1024.0,
        double(before.peakRssKb) / 1024.0, double(after.peakRssKb) / 1024.0);
    reply->deleteLater();
    return ok ? 0 : 1;
}
