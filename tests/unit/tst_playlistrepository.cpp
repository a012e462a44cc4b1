// SPDX-License-Identifier: GPL-3.0-or-later
// PlaylistRepository on a real SQLite file: CRUD, revisions, ordering, pagination edges, unicode and long
// titles, track numbering, reorder, move, tags, and stream tracks (no file, their address kept).

#include "library/database.h"
#include "library/playlistrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_PlaylistRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createAndFind();
    void updateBumpsRevision();
    void listOrderAndPagination_data();
    void listOrderAndPagination();
    void unicodeAndLongTitles();
    void tracksGetNextNumber();
    void removeTracksKeepsNumbers();
    void reorderPutsListedFirst();
    void moveTrackShiftsTarget();
    void tagBelongsToOnePlaylist();
    void removeCascades();
    void streamTracksHaveNoFile();

private:
    PlaylistRepository::NewTrack track(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PlaylistRepository> m_repository;
};

void tst_PlaylistRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"test.db"_s)).ok());
    m_repository = std::make_unique<PlaylistRepository>(*m_database, m_dir->filePath(u"music"_s));
}

void tst_PlaylistRepository::cleanup()
{
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

PlaylistRepository::NewTrack tst_PlaylistRepository::track(const QString &name) const
{
    PlaylistRepository::NewTrack t;
    t.title = name;
    t.filename = name + u".mp3"_s;
    t.durationMs = 1000;
    return t;
}

void tst_PlaylistRepository::createAndFind()
{
    const auto created = m_repository->create(u"Bedtime"_s, QString(), u"Bedtime"_s);
    QVERIFY(created.ok());
    QCOMPARE(created->description, QString(u""_s)); // unset is "", never null
    QCOMPARE(created->playlistSeq, 1);
    QVERIFY(!created->nfcTagId);
    QVERIFY(created->createdAt.endsWith(u'Z'));
    const auto found = m_repository->find(created->id);
    QVERIFY(found);
    QCOMPARE(found->title, u"Bedtime"_s);
    QVERIFY(m_repository->findByFolder(u"Bedtime"_s));
    QVERIFY(!m_repository->find(u"missing"_s));
    QVERIFY(!m_repository->create(u"Other"_s, {}, u"Bedtime"_s).ok()); // folders are unique
}

void tst_PlaylistRepository::updateBumpsRevision()
{
    const auto created = m_repository->create(u"A"_s, {}, u"A"_s);
    const auto updated = m_repository->update(created->id, u"B"_s, std::nullopt, std::nullopt);
    QVERIFY(updated.ok());
    QCOMPARE(updated->title, u"B"_s);
    QCOMPARE(updated->playlistSeq, 2);
    QVERIFY(updated->updatedAt >= created->updatedAt);
    const auto missing = m_repository->update(u"nope"_s, u"x"_s, std::nullopt, std::nullopt);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().type, ErrorType::NotFound);
}

void tst_PlaylistRepository::listOrderAndPagination_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("first page") << 1 << 2 << 2;
    QTest::newRow("last partial page") << 3 << 2 << 1;
    QTest::newRow("beyond the end") << 4 << 2 << 0;
    QTest::newRow("all at once") << 1 << 100 << 5;
    QTest::newRow("one per page") << 5 << 1 << 1;
}

void tst_PlaylistRepository::listOrderAndPagination()
{
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(int, expected);
    for (const QString &title : {u"c"_s, u"a"_s, u"e"_s, u"b"_s, u"d"_s})
        QVERIFY(m_repository->create(title, {}, title).ok());
    const auto result = m_repository->list(page, limit);
    QVERIFY(result.ok());
    QCOMPARE(result->total, 5);
    QCOMPARE(result->playlists.size(), expected);
    const auto all = m_repository->list(1, 100);
    for (qsizetype i = 1; i < all->playlists.size(); ++i) {
        const Playlist &before = all->playlists[i - 1];
        const Playlist &after = all->playlists[i];
        // Newest updated_at first, ties by title.
        QVERIFY(before.updatedAt > after.updatedAt
                || (before.updatedAt == after.updatedAt && before.title <= after.title));
    }
}

void tst_PlaylistRepository::unicodeAndLongTitles()
{
    const QString unicode = u"Comptines 🐘 für Kinder — 子守唄"_s;
    const auto created = m_repository->create(unicode, u"é"_s, u"u"_s);
    QCOMPARE(m_repository->find(created->id)->title, unicode);
    const QString longest(255, u'x');
    const auto big = m_repository->create(longest, {}, u"long"_s);
    QCOMPARE(m_repository->find(big->id)->title.size(), 255);
}

void tst_PlaylistRepository::tracksGetNextNumber()
{
    const auto p = m_repository->create(u"P"_s, {}, u"P"_s);
    auto withGap = track(u"gap"_s);
    withGap.trackNumber = 5;
    QCOMPARE(m_repository->addTrack(p->id, track(u"one"_s))->trackNumber, 1);
    QCOMPARE(m_repository->addTrack(p->id, withGap)->trackNumber, 5);
    const auto next = m_repository->addTrack(p->id, track(u"next"_s));
    QCOMPARE(next->trackNumber, 6); // max + 1, gaps allowed
    QCOMPARE(next->filePath, m_dir->filePath(u"music/P/next.mp3"_s));
    QCOMPARE(m_repository->find(p->id)->playlistSeq, 4);
    QVERIFY(!m_repository->addTrack(p->id, track(u"one"_s)).ok()); // one file name once per playlist
}

void tst_PlaylistRepository::removeTracksKeepsNumbers()
{
    const auto p = m_repository->create(u"P"_s, {}, u"P"_s);
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
        m_repository->addTrack(p->id, track(name));
    const auto after = m_repository->removeTracks(p->id, {2, 9});
    QVERIFY(after.ok());
    QCOMPARE(after->tracks.size(), 2);
    QCOMPARE(after->tracks[1].trackNumber, 3);
}

void tst_PlaylistRepository::reorderPutsListedFirst()
{
    const auto p = m_repository->create(u"P"_s, {}, u"P"_s);
    QStringList ids;
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        ids.append(m_repository->addTrack(p->id, track(name))->id);
    const auto reordered = m_repository->reorder(p->id, {ids[3], ids[1]});
    QVERIFY(reordered.ok());
    QStringList order;
    for (const Track &t : reordered->tracks)
        order.append(t.title);
    QCOMPARE(order, (QStringList {u"d"_s, u"b"_s, u"a"_s, u"c"_s}));
    QCOMPARE(reordered->tracks.last().trackNumber, 4);
}

void tst_PlaylistRepository::moveTrackShiftsTarget()
{
    const auto source = m_repository->create(u"S"_s, {}, u"S"_s);
    const auto target = m_repository->create(u"T"_s, {}, u"T"_s);
    const QString moving = m_repository->addTrack(source->id, track(u"m"_s))->id;
    m_repository->addTrack(target->id, track(u"t1"_s));
    m_repository->addTrack(target->id, track(u"t2"_s));
    const auto moved = m_repository->moveTrack(moving, target->id, 1, u"m-2.mp3"_s);
    QVERIFY(moved.ok());
    QCOMPARE(moved->playlistId, target->id);
    QCOMPARE(moved->filename, u"m-2.mp3"_s);
    const auto t = m_repository->find(target->id);
    QCOMPARE(t->tracks.size(), 3);
    QCOMPARE(t->tracks[0].id, moving);
    QCOMPARE(t->tracks[2].trackNumber, 3);
    QVERIFY(m_repository->find(source->id)->tracks.isEmpty());
}

void tst_PlaylistRepository::tagBelongsToOnePlaylist()
{
    const auto a = m_repository->create(u"A"_s, {}, u"A"_s);
    const auto b = m_repository->create(u"B"_s, {}, u"B"_s);
    QVERIFY(!m_repository->assignTag(a->id, u"04a1b2"_s)->has_value());
    QCOMPARE(m_repository->findByTag(u"04a1b2"_s)->id, a->id);
    const auto previous = m_repository->assignTag(b->id, u"04a1b2"_s);
    QCOMPARE(previous->value(), a->id); // the tag moved
    QVERIFY(!m_repository->find(a->id)->nfcTagId);
    QCOMPARE(*m_repository->find(b->id)->nfcTagId, u"04a1b2"_s);
    m_repository->assignTag(b->id, u"ffee"_s); // a new tag releases the old one
    QVERIFY(!m_repository->findByTag(u"04a1b2"_s));
    QCOMPARE(*m_repository->releaseTag(u"ffee"_s), b->id);
    QCOMPARE(m_repository->releaseTag(u"ffee"_s).error().type, ErrorType::NotFound);
}

void tst_PlaylistRepository::removeCascades()
{
    const auto p = m_repository->create(u"P"_s, {}, u"P"_s);
    const QString trackId = m_repository->addTrack(p->id, track(u"a"_s))->id;
    m_repository->assignTag(p->id, u"abcd"_s);
    QVERIFY(m_repository->remove(p->id).ok());
    QVERIFY(!m_repository->find(p->id));
    QVERIFY(!m_repository->findTrack(trackId));
    QVERIFY(!m_repository->findByTag(u"abcd"_s));
    QCOMPARE(m_repository->remove(p->id).error().type, ErrorType::NotFound);
}

void tst_PlaylistRepository::streamTracksHaveNoFile()
{
    const auto playlist = m_repository->create(u"Radios"_s, QString(), u"Radios"_s);
    QVERIFY(playlist.ok());
    QVERIFY(m_repository->addTrack(playlist->id, track(u"song"_s)).ok());
    // Two streams in one playlist: their placeholder names never clash, whatever `filename` says.
    QList<Track> streams;
    for (const QString &url : {u"http://radio.example/a"_s, u"https://radio.example/b"_s}) {
        PlaylistRepository::NewTrack stream;
        stream.title = u"Radio"_s;
        stream.filename = u"ignored.mp3"_s;
        stream.streamUrl = url;
        const auto added = m_repository->addTrack(playlist->id, stream);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        streams.append(*added);
    }
    const auto found = m_repository->find(playlist->id);
    QVERIFY(found);
    QCOMPARE(found->tracks.size(), 3);
    QVERIFY(!found->tracks[0].isStream());
    QVERIFY(found->tracks[0].filePath.endsWith(u"/Radios/song.mp3"_s));
    QCOMPARE(found->tracks[0].source(), found->tracks[0].filePath);
    for (int i = 0; i < 2; ++i) {
        const Track &stream = found->tracks[i + 1];
        QCOMPARE(stream.streamUrl, streams[i].streamUrl);
        QCOMPARE(stream.source(), *streams[i].streamUrl);
        QCOMPARE(stream.filename, Track::streamPlaceholder(stream.id));
        QCOMPARE(stream.filePath, QString());
        QCOMPARE(stream.trackNumber, i + 2);
        const QJsonObject json = stream.toJson();
        QCOMPARE(json[u"stream_url"_s].toString(), *streams[i].streamUrl);
        QCOMPARE(json[u"filename"_s].toString(), QString());
        QCOMPARE(json[u"file_path"_s].toString(), QString());
    }
    QVERIFY(found->tracks[0].toJson()[u"stream_url"_s].isNull());
}

QTEST_GUILESS_MAIN(tst_PlaylistRepository)
#include "tst_playlistrepository.moc"
