// SPDX-License-Identifier: GPL-3.0-or-later
// RSS and CPU while playing a 3-minute MP3 for 30 s, once its import (the loudness measure) is over: the real
// server (GStreamer, no audio server) and, in the same run, Debian's MPD with a null output playing the same
// file. Prints both and their ratio, plus the GStreamer plugins and Qt plugins the server has mapped (what
// the RSS is made of).

#include "audiofixtures.h"
#include "httpclient.h"
#include "processsample.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
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
    double cpuSeconds = 0;
    double rssMb = 0;
    double peakRssMb = 0;
};

Sample sample(qint64 pid)
{
    const ProcessSample now = ProcessSample::of(pid);
    return {now.cpuSeconds, double(now.rssKb) / 1024.0, double(now.peakRssKb) / 1024.0};
}

// Waits measureSeconds while the process plays; returns {cpu %, rss, peak}.
Sample measure(qint64 pid)
{
    const Sample before = sample(pid);
    QDeadlineTimer deadline(measureSeconds * 1000);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents,
                                        int(qMax<qint64>(1, deadline.remainingTime())));
    Sample after = sample(pid);
    after.cpuSeconds = 100.0 * (after.cpuSeconds - before.cpuSeconds) / measureSeconds;
    return after;
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
    const Sample box = measure(serverPid);
    const qint64 position = http.get(u"/api/player/status"_s).data()[u"position_ms"_s].toInteger();
    const QStringList plugins = mappedPlugins(serverPid);
    server.terminate();
    std::printf("openmusicbox: RSS %.1f MB (peak %.1f MB), CPU %.2f %% over %d s, position %.1f s\n",
                box.rssMb, box.peakRssMb, box.cpuSeconds, measureSeconds, double(position) / 1000.0);
    std::printf("  plugins mapped: %s\n", qPrintable(plugins.join(u", "_s)));

    if (QStandardPaths::findExecutable(u"mpd"_s).isEmpty()
        || QStandardPaths::findExecutable(u"mpc"_s).isEmpty()) {
        std::printf("MPD: skipped (install mpd and mpc)\n");
        return 0;
    }
    QTemporaryDir mpdDir;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    QFile config(mpdDir.filePath(u"mpd.conf"_s));
    config.open(QIODevice::WriteOnly);
    config.write(
        u"music_directory \"%1\"\ndb_file \"%2/db\"\nstate_file \"%2/state\"\nbind_to_address \"127.0.0.1\"\n"
        "port \"%3\"\naudio_output {\n type \"null\"\n name \"null\"\n sync \"yes\"\n mixer_type \"software\"\n}\n"_s
            .arg(music.path(), mpdDir.path())
            .arg(port)
            .toUtf8());
    config.close();
    QProcess mpd;
    mpd.setProcessChannelMode(QProcess::MergedChannels);
    mpd.start(u"mpd"_s, {u"--no-daemon"_s, u"--stderr"_s, config.fileName()});
    if (!QTest::qWaitFor([&] { return mpc(port, {u"status"_s}); }, 10000)) { // MPD answers once it listens
        std::printf("MPD did not start: %s\n", mpd.readAll().constData());
        return 1;
    }
    if (!mpc(port, {u"update"_s, u"--wait"_s}) || !mpc(port, {u"add"_s, u"long.mp3"_s})
        || !mpc(port, {u"play"_s})) {
        std::printf("MPD: could not start playback: %s\n", mpd.readAll().constData());
        return 1;
    }
    const Sample reference = measure(mpd.processId());
    mpd.terminate();
    mpd.waitForFinished(10000);
    std::printf("mpd (null output): RSS %.1f MB (peak %.1f MB), CPU %.2f %% over %d s\n", reference.rssMb,
                reference.peakRssMb, reference.cpuSeconds, measureSeconds);
    std::printf("ratio openmusicbox / mpd: RSS %.2f, CPU %.2f (goal RSS <= 1.0)\n",
                box.rssMb / reference.rssMb,
                reference.cpuSeconds > 0 ? box.cpuSeconds / reference.cpuSeconds : 0.0);
    return 0;
}
