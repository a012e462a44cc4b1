// SPDX-License-Identifier: GPL-3.0-or-later
// LoudnessRepository::unmeasured over a real database: the file tracks without a measure, oldest first, never
// a stream; a stored measure takes a track off the list and a lost one puts it back (schema 13's triggers), a
// database migrated from schema 12 keeps what was measured, and SQLite answers from the partial index, so an
// edit of a large, measured library reads nothing it does not return.
#include "library/database.h"
#include "library/loudnessrepository.h"
#include "library/playlistrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_LoudnessRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void listsFileTracksWithoutAMeasureOldestFirst();
    void aStoredMeasureTakesATrackOffAndALostOnePutsItBack();
    void aMeasureStoredAgainKeepsTheTrackOff();
    void migrationFromSchema12KeepsWhatWasMeasured();
    void theQuestionUsesThePartialIndex();

private:
    QString dbPath() const { return m_dir->filePath(u"openmusicbox.db"_s); }
    QString musicDir() const { return m_dir->filePath(u"music"_s); }
    // Adds `count` file tracks and one stream to a new playlist; returns the file tracks' ids in order.
    QStringList addTracks(Database &database, int count);
    static QStringList ids(const QList<LoudnessRepository::UnmeasuredTrack> &tracks);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_LoudnessRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList tst_LoudnessRepository::addTracks(Database &database, int count)
{
    PlaylistRepository playlists(database, musicDir());
    const Result<Playlist> playlist = playlists.create(u"Songs"_s, {}, u"Songs"_s);
    if (!playlist)
        return {};
    QStringList added;
    for (int i = 0; i < count; ++i) {
        const auto track = playlists.addTrack(
            playlist->id, {u"Song %1"_s.arg(i), u"%1.mp3"_s.arg(i), 1000, {}, {}, false, 0});
        if (track)
            added.append(track->id);
    }
    playlists.addTrack(playlist->id, {u"Radio"_s, {}, 0, {}, {}, false, 0, u"http://radio.invalid/live"_s});
    return added;
}

QStringList tst_LoudnessRepository::ids(const QList<LoudnessRepository::UnmeasuredTrack> &tracks)
{
    QStringList result;
    for (const auto &track : tracks)
        result.append(track.trackId);
    return result;
}

void tst_LoudnessRepository::listsFileTracksWithoutAMeasureOldestFirst()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    const QStringList tracks = addTracks(database, 3);
    QCOMPARE(tracks.size(), 3);
    LoudnessRepository loudness(database, musicDir());

    const auto unmeasured = loudness.unmeasured(10);
    QCOMPARE(ids(unmeasured), tracks); // the stream is not there
    QCOMPARE(unmeasured.first().filePath, musicDir() + u"/Songs/0.mp3"_s);
    QCOMPARE(ids(loudness.unmeasured(2)), tracks.mid(0, 2));
}

void tst_LoudnessRepository::aStoredMeasureTakesATrackOffAndALostOnePutsItBack()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    const QStringList tracks = addTracks(database, 3);
    LoudnessRepository loudness(database, musicDir());

    QVERIFY(loudness.store(tracks[1], {-4.0, 0.7}).ok());
    QCOMPARE(ids(loudness.unmeasured(10)), (QStringList {tracks[0], tracks[2]}));

    QSqlQuery lost(database.connection());
    QVERIFY(lost.exec(u"DELETE FROM track_loudness WHERE track_id = '%1'"_s.arg(tracks[1])));
    QCOMPARE(ids(loudness.unmeasured(10)), tracks);
}

void tst_LoudnessRepository::aMeasureStoredAgainKeepsTheTrackOff()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    const QStringList tracks = addTracks(database, 2);
    LoudnessRepository loudness(database, musicDir());
    QVERIFY(loudness.store(tracks[0], {-4.0, 0.7}).ok());
    // A row whose mark was set again by hand stands for any path that re-inserts a track beside its measure.
    QSqlQuery mark(database.connection());
    QVERIFY(mark.exec(u"UPDATE tracks SET loudness_pending = 1 WHERE id = '%1'"_s.arg(tracks[0])));

    QVERIFY(loudness.store(tracks[0], {-5.0, 0.6}).ok()); // the upsert's update, not an insert
    QCOMPARE(ids(loudness.unmeasured(10)), QStringList {tracks[1]});
    QCOMPARE(loudness.find(tracks[0])->gainDb, -5.0);
}

void tst_LoudnessRepository::migrationFromSchema12KeepsWhatWasMeasured()
{
    QStringList tracks;
    {
        Database old;
        QVERIFY(old.open(dbPath(), 12).ok());
        tracks = addTracks(old, 3);
        QSqlQuery measure(old.connection());
        QVERIFY(measure.exec(u"INSERT INTO track_loudness (track_id, gain_db, peak, measured_at) "
                             "VALUES ('%1', -3.0, 0.5, '2026-01-01T00:00:00Z')"_s.arg(tracks[0])));
    }
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    QCOMPARE(database.userVersion(), Database::schemaVersion);
    QCOMPARE(ids(LoudnessRepository(database, musicDir()).unmeasured(10)), tracks.mid(1));
}

void tst_LoudnessRepository::theQuestionUsesThePartialIndex()
{
    Database database;
    QVERIFY(database.open(dbPath()).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT t.id, p.folder, t.filename FROM tracks t JOIN playlists p "
                       "ON p.id = t.playlist_id WHERE t.loudness_pending = 1 AND t.stream_url IS NULL "
                       "ORDER BY t.created_at LIMIT 32"_s));
    QStringList details;
    while (query.next())
        details << query.value(3).toString();
    const QString plan = details.join(u"; "_s);
    QVERIFY2(plan.contains(u"USING INDEX tracks_loudness_pending"_s), qPrintable(plan));
    QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
}

QTEST_GUILESS_MAIN(tst_LoudnessRepository)
#include "tst_loudnessrepository.moc"
