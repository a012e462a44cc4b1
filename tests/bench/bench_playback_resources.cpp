// SPDX-License-Identifier: GPL-3.0-or-later
// RSS and CPU while playing a 3-minute MP3 for 30 s, once its import (the loudness measure) is over: the real
// server (GStreamer, no audio server) and Debian's MPD with a null output playing the same file at the same
// time, measured over the same 30 s, so that both meet the same machine. CPU is read per thread in
// nanoseconds
// (/proc/<pid>/task/*/schedstat), not in the 10 ms ticks of /proc/<pid>/stat: 0.3 % of 30 s is nine ticks.
// Prints both and their ratio, plus the GStreamer plugins and Qt plugins the server has mapped (what the RSS
// is made of).

#include "audiofixtures.h"
#include "httpclient.h"
#include "processsample.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int measureSeconds = 30;

struct Sample
{
    QHash<QString, qint64> cpuNsByThread;
    double rssMb = 0;
    double peakRssMb = 0;
};

Sample sample(qint64 pid)
{
    Sample result;
    const QString tasks = u"/proc/%1/task"_s.arg(pid);
    for (const QString &thread : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile schedstat(tasks + u'/' + thread + u"/schedstat"_s);
        if (schedstat.open(QIODevice::ReadOnly))
            result.cpuNsByThread.insert(thread, schedstat.readAll().split(' ').value(0).toLongLong());
    }
    const ProcessSample now = ProcessSample::of(pid);
    result.rssMb = double(now.rssKb) / 1024.0;
    result.peakRssMb = double(now.peakRssKb) / 1024.0;
    return result;
}

// CPU % between the two samples: a thread that ended in between counts for nothing, one that began for all of
// its time.
double cpuPercent(const Sample &before, const Sample &after)
{
    qint64 ns = 0;
    for (auto thread = after.cpuNsByThread.cbegin(); thread != after.cpuNsByThread.cend(); ++thread)
        ns += thread.value() - before.cpuNsByThread.value(thread.key(), 0);
    return 100.0 * double(ns) / (measureSeconds * 1e9);
}

void waitMeasureSeconds()
{
    QDeadlineTimer deadline(measureSeconds * 1000);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents,
                                        int(qMax<qint64>(1, deadline.remainingTime())));
}

QStringList mappedPlugins(qint64 pid)
{
    QFile maps(u"/proc/%1/maps"_s.arg(pid));
    QSet<QString> plugins;
    if (maps.open(QIODevice::ReadOnly)) {
        static const QRegularExpression plugin(u"(gstreamer-1\\.0/libgst\\w+|qt6/plugins/\\S+)\\.so"_s);
        for (const QByteArray &line : maps.readAll().split('\n')) {
            const auto match = plugin.match(QString::fromLatin1(line));
            if (match.hasMatch())
                plugins.insert(match.captured(1).section(u'/', -1));
        }
    }
    QStringList sorted(plugins.begin(), plugins.end());
    sorted.sort();
    return sorted;
}

bool mpc(quint16 port, const QStringList &arguments)
{
    QProcess process;
    process.start(u"mpc"_s,
                  QStringList {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port)} + arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir music;
    std::printf("making a 3-minute MP3...\n");
    std::fflush(stdout);
    const QString mp3 = AudioFixtures::make(music.path(), u"long"_s, u"mp3"_s, 180000);
    if (mp3.isEmpty()) {
        std::printf("skipped: sox cannot write MP3 (install libsox-fmt-mp3)\n");
        return 0;
    }

    ServerProcess server({u"--nfc"_s, u"none"_s});
    QDir().mkpath(server.dataDir() + u"/music/Bench"_s);
    QFile::copy(mp3, server.dataDir() + u"/music/Bench/long.mp3"_s);
    if (!server.start()) {
        std::printf("the server did not start (OMB_SERVER_BINARY?)\n");
        return 1;
    }
    HttpClient http(server.baseUrl());
    // The playlist exists once the library sync has read the file.
    QString playlistId;
    const bool synced = QTest::qWaitFor(
        [&] {
            playlistId = http.get(u"/api/playlists"_s).data()[u"playlists"_s][0][u"id"_s].toString();
            return !playlistId.isEmpty();
        },
        20000);
    if (!synced) {
        std::printf("the library sync never listed the MP3\n");
        return 1;
    }
    if (http.post(u"/api/playlists/%1/start"_s.arg(playlistId)).status != 200) {
        std::printf("the server did not start the playlist\n");
        return 1;
    }
    // Playing, not importing: the loudness of a new file is measured once (a decode of the whole file as fast
    // as it goes), and that import is over before the playback's own cost is measured.
    if (!QTest::qWaitFor([&] { return server.output().contains(u"loudness of"_s); }, 60000)) {
        std::printf("the server never measured the MP3's loudness\n");
        return 1;
    }
    const qint64 serverPid = server.process().processId();

    // MPD plays the same file alongside, when it is installed.
    const bool withMpd = !QStandardPaths::findExecutable(u"mpd"_s).isEmpty()
        && !QStandardPaths::findExecutable(u"mpc"_s).isEmpty();
    QTemporaryDir mpdDir;
    QProcess mpd;
    if (withMpd) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        QFile config(mpdDir.filePath(u"mpd.conf"_s));
        config.open(QIODevice::WriteOnly);
        config.write(
            u"music_directory \"%1\"\ndb_file \"%2/db\"\nstate_file \"%2/state\"\nbind_to_address "
            u"\"127.0.0.1\"\n"
            "port \"%3\"\naudio_output {\n type \"null\"\n name \"null\"\n sync \"yes\"\n mixer_type \"software\"\n}\n"_s
                .arg(music.path(), mpdDir.path())
                .arg(port)
                .toUtf8());
        config.close();
        mpd.setProcessChannelMode(QProcess::MergedChannels);
        mpd.start(u"mpd"_s, {u"--no-daemon"_s, u"--stderr"_s, config.fileName()});
        if (!QTest::qWaitFor([&] { return mpc(port, {u"status"_s}); },
                             10000)) { // MPD answers once it listens
            std::printf("MPD did not start: %s\n", mpd.readAll().constData());
            return 1;
        }
        if (!mpc(port, {u"update"_s, u"--wait"_s}) || !mpc(port, {u"add"_s, u"long.mp3"_s})
            || !mpc(port, {u"play"_s})) {
            std::printf("MPD: could not start playback: %s\n", mpd.readAll().constData());
            return 1;
        }
    }

    const Sample boxBefore = sample(serverPid);
    const Sample mpdBefore = withMpd ? sample(mpd.processId()) : Sample();
    waitMeasureSeconds();
    const Sample box = sample(serverPid);
    const Sample reference = withMpd ? sample(mpd.processId()) : Sample();
    const double boxCpu = cpuPercent(boxBefore, box);
    const qint64 position = http.get(u"/api/player/status"_s).data()[u"position_ms"_s].toInteger();
    const QStringList plugins = mappedPlugins(serverPid);
    server.terminate();
    std::printf("openmusicbox: RSS %.1f MB (peak %.1f MB), CPU %.2f %% over %d s, position %.1f s\n",
                box.rssMb, box.peakRssMb, boxCpu, measureSeconds, double(position) / 1000.0);
    std::printf("  plugins mapped: %s\n", qPrintable(plugins.join(u", "_s)));
    if (!withMpd) {
        std::printf("MPD: skipped (install mpd and mpc)\n");
        return 0;
    }
    const double mpdCpu = cpuPercent(mpdBefore, reference);
    mpd.terminate();
    mpd.waitForFinished(10000);
    std::printf("mpd (null output, same 30 s): RSS %.1f MB (peak %.1f MB), CPU %.2f %% over %d s\n",
                reference.rssMb, reference.peakRssMb, mpdCpu, measureSeconds);
    std::printf("ratio openmusicbox / mpd: RSS %.2f, CPU %.2f (goal <= 1.0 for both)\n",
                box.rssMb / reference.rssMb, mpdCpu > 0 ? boxCpu / mpdCpu : 0.0);
    return 0;
}
