// SPDX-License-Identifier: GPL-3.0-or-later
// LibrarySync figures: a first sync of a music folder of P playlists x T tracks (default 1000 x 20; set
// OMB_BENCH_PLAYLISTS / OMB_BENCH_TRACKS), an unchanged second sync, and the longest the event loop went
// without a turn while they ran (the sync must never hold an answer back for long); then the cover scanner's
// question "what is still to look at" (a batch of 50) when none, half and all but the last 50 tracks have
// been looked at: the scanner asks it once per batch, so its cost must not grow with the tracks done.

#include "library/coverrepository.h"
#include "library/database.h"
#include "library/filejournal.h"
#include "library/librarysync.h"
#include "library/playlistrepository.h"
#include "library/wavencoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct Run
{
    qint64 elapsedMs = 0;
    qint64 longestStallMs = 0;
    LibrarySync::Summary summary;
};

// Runs one sync while a 0 ms timer measures the largest gap between two event-loop turns.
Run measure(LibrarySync &sync)
{
    Run run;
    QElapsedTimer clock;
    QElapsedTimer sinceTurn;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker,
                     [&] { run.longestStallMs = std::max(run.longestStallMs, sinceTurn.restart()); });
    bool done = false;
    clock.start();
    sinceTurn.start();
    ticker.start(0);
    sync.sync([&](const LibrarySync::Summary &summary) {
        run.summary = summary;
        run.elapsedMs = clock.elapsed();
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omb.*.info=false"_s);
    const int playlists = fromEnvironment("OMB_BENCH_PLAYLISTS", 1000);
    const int tracks = fromEnvironment("OMB_BENCH_TRACKS", 20);

    QTemporaryDir dir;
    const QString music = dir.filePath(u"music"_s);
    const QByteArray wav = WavEncoder::encode(QList<qint16>(800, 0), 8000, {u"Song"_s, {}, {}});
    QElapsedTimer seeding;
    seeding.start();
    for (int p = 0; p < playlists; ++p) {
        const QString folder = music + u"/Playlist %1"_s.arg(p, 4, 10, QLatin1Char('0'));
        QDir().mkpath(folder);
        for (int t = 0; t < tracks; ++t) {
            QFile file(folder + u"/%1 Song.wav"_s.arg(t + 1, 2, 10, QLatin1Char('0')));
            if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size())
                qFatal("cannot write the library");
        }
    }
    std::printf("library on disk: %d playlists x %d tracks written in %lld ms\n", playlists, tracks,
                seeding.elapsed());

    Database database;
    if (!database.open(dir.filePath(u"openmusicbox.db"_s)))
        qFatal("cannot open the database");
    PlaylistRepository repository(database, music);
    FileJournal journal(database);
    LibrarySync sync(database, repository, journal);

    const Run first = measure(sync);
    std::printf("first sync: %lld ms (%.2f ms per file), +%d playlists +%d tracks, longest event-loop stall "
                "%lld ms\n",
                first.elapsedMs, double(first.elapsedMs) / std::max(1, playlists * tracks),
                first.summary.playlistsAdded, first.summary.tracksAdded, first.longestStallMs);
    const Run second = measure(sync);
    std::printf("unchanged second sync: %lld ms, changes %s, longest event-loop stall %lld ms\n",
                second.elapsedMs, second.summary.changed() ? "YES (not idempotent)" : "none",
                second.longestStallMs);
    CoverRepository covers(database, music);
    const int total = playlists * tracks;
    for (const int done : {0, total / 2, total - 50}) {
        QSqlQuery mark(database.connection());
        if (!mark.exec(u"UPDATE playlists SET cover = ''"_s)
            || !mark.exec(u"UPDATE tracks SET cover = NULL"_s)
            || !mark.exec(u"UPDATE tracks SET cover = '' WHERE rowid IN (SELECT rowid FROM tracks ORDER BY "
                          "playlist_id, track_number LIMIT %1)"_s.arg(done)))
            qFatal("cannot mark covers");
        QElapsedTimer asking;
        asking.start();
        constexpr int rounds = 20;
        for (int i = 0; i < rounds; ++i) {
            if (covers.pending(50).size() != 50)
                qFatal("the cover scanner's batch is short");
        }
        std::printf("cover scanner's next batch with %d of %d tracks looked at: %.2f ms\n", done, total,
                    double(asking.nsecsElapsed()) / 1e6 / rounds);
    }
    return first.summary.tracksAdded == playlists * tracks && !second.summary.changed() ? 0 : 1;
}
