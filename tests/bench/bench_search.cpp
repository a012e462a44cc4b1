// SPDX-License-Identifier: GPL-3.0-or-later
// Search latency on a big library: 1000 playlists x 20 tracks (titles, artists, albums from small word
// lists), then 400 searches of one to three word prefixes through SearchRepository on the real SQLite file.
// Prints the median, p95 and worst time and checks them against the 20 ms target.

#include "library/database.h"
#include "library/searchrepository.h"
#include "percentile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int playlistCount = 1000;
constexpr int tracksPerPlaylist = 20;
constexpr int searches = 400;
constexpr double targetMs = 20.0;

// A vocabulary of 1920 made-up words (three syllables each), plus a few real ones with accents: a family's
// library has many different words, and a search for one prefix matches a few hundred rows, not half of them.
QStringList vocabulary()
{
    const QStringList first {u"ba"_s, u"ko"_s, u"mi"_s, u"lu"_s, u"sa"_s, u"te"_s, u"no"_s, u"ri"_s,
                             u"da"_s, u"fe"_s, u"gi"_s, u"po"_s, u"vu"_s, u"zé"_s, u"ch"_s, u"wa"_s};
    const QStringList middle {u"la"_s, u"ro"_s, u"mi"_s, u"tu"_s, u"ne"_s, u"ka"_s,
                              u"so"_s, u"pi"_s, u"ve"_s, u"do"_s, u"lè"_s, u"bu"_s};
    const QStringList last {u"n"_s,  u"la"_s, u"r"_s,  u"to"_s, u"ssi"_s,
                            u"ne"_s, u"k"_s,  u"ly"_s, u"m"_s,  u"x"_s};
    QStringList words {u"owl"_s, u"moon"_s, u"élève"_s, u"château"_s, u"lullaby"_s};
    for (const QString &a : first)
        for (const QString &b : middle)
            for (const QString &c : last)
                words.append(a + b + c);
    return words;
}

const QStringList words = vocabulary();

QString phrase(QRandomGenerator &random, int length)
{
    QStringList picked;
    for (int i = 0; i < length; ++i)
        picked.append(words.at(random.bounded(words.size())));
    return picked.join(u' ');
}

bool seed(Database &database, QRandomGenerator &random)
{
    return bool(database.transaction([&]() -> Status {
        QSqlQuery playlist(database.connection());
        playlist.prepare(u"INSERT INTO playlists (id, title, folder, created_at, updated_at) "
                         "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s);
        QSqlQuery track(database.connection());
        track.prepare(u"INSERT INTO tracks (id, playlist_id, track_number, title, filename, artist, album, "
                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                      "'2026-01-01T00:00:00Z')"_s);
        for (int p = 0; p < playlistCount; ++p) {
            const QString id = u"p%1"_s.arg(p);
            playlist.addBindValue(id);
            playlist.addBindValue(QString(phrase(random, 3) + u' ' + QString::number(p)));
            playlist.addBindValue(id);
            if (!playlist.exec())
                return ServiceError::internal(u"seed"_s, u"playlist"_s);
            for (int t = 1; t <= tracksPerPlaylist; ++t) {
                track.addBindValue(u"%1-t%2"_s.arg(id).arg(t));
                track.addBindValue(id);
                track.addBindValue(t);
                track.addBindValue(phrase(random, 4));
                track.addBindValue(u"%1.mp3"_s.arg(t));
                track.addBindValue(phrase(random, 2));
                track.addBindValue(phrase(random, 2));
                if (!track.exec())
                    return ServiceError::internal(u"seed"_s, u"track"_s);
            }
        }
        return Done {};
    }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database database;
    if (!dir.isValid() || !database.open(dir.filePath(u"openmusicbox.db"_s))) {
        std::fprintf(stderr, "cannot open a database\n");
        return 1;
    }
    const quint32 seedValue = QRandomGenerator::global()->generate();
    QRandomGenerator random(seedValue);
    std::printf("search: seed %u, %d playlists x %d tracks\n", seedValue, playlistCount, tracksPerPlaylist);
    QElapsedTimer timer;
    timer.start();
    if (!seed(database, random)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    std::printf("search: library written and indexed in %lld ms\n", timer.elapsed());

    SearchRepository search(database);
    QList<double> times;
    qsizetype found = 0;
    for (int i = 0; i < searches; ++i) {
        QString query = phrase(random, 1 + i % 3);
        query.truncate(std::max<qsizetype>(2, query.size() - random.bounded(3)));
        timer.restart();
        const auto results = search.search(query, 20);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!results) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(results.error().message));
            return 1;
        }
        found += results->playlists.size() + results->tracks.size();
    }
    const double p95 = percentile(times, 95);
    std::printf(
        "search: %d queries, %lld hits, median %.2f ms, p95 %.2f ms, max %.2f ms (target p95 < %.0f ms)\n",
        searches, qlonglong(found), percentile(times, 50), p95, percentile(times, 100), targetMs);
    return p95 < targetMs ? 0 : 2;
}
