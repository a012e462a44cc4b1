// SPDX-License-Identifier: GPL-3.0-or-later
// PlaylistJsonCache on a real SQLite file: after every kind of edit (and after the ones that change a
// playlist without a new playlist_seq: playing it, counting a play) the cached list and summaries are byte
// for byte what the uncached code sends, i.e. the repository's playlists converted and serialised from
// scratch.

#include "library/database.h"
#include "library/playlistjsoncache.h"
#include "library/playlistrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;

using Edit = std::function<void(PlaylistRepository &, const QStringList &playlistIds)>;
Q_DECLARE_METATYPE(Edit)

class tst_PlaylistJsonCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sameBytesAfterEveryEdit_data();
    void sameBytesAfterEveryEdit();
    void pagesPastTheEndAndEmptyLibrary();
    void oddTextsEmptyPlaylistsAndNullsAreTheSameBytes();
    void anEditChangesOnlyThatPlaylistsFragment();
    void anUnchangedAnswerIsTheSameBuffer();

private:
    void compareWithUncached(const QString &when);
    PlaylistRepository::NewTrack track(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PlaylistRepository> m_repository;
    std::unique_ptr<PlaylistJsonCache> m_cache;
    QStringList m_ids;
};

void tst_PlaylistJsonCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"test.db"_s)).ok());
    m_repository = std::make_unique<PlaylistRepository>(*m_database, m_dir->filePath(u"music"_s));
    m_cache = std::make_unique<PlaylistJsonCache>(m_repository->listing());
    m_ids.clear();
    for (int p = 0; p < 7; ++p) {
        const auto playlist
            = m_repository->create(u"List %1"_s.arg(p), u"about %1"_s.arg(p), u"list%1"_s.arg(p));
        QVERIFY(playlist.ok());
        m_ids.append(playlist->id);
        for (int t = 0; t < p % 4; ++t)
            QVERIFY(m_repository->addTrack(playlist->id, track(u"song %1-%2"_s.arg(p).arg(t))).ok());
    }
}

void tst_PlaylistJsonCache::cleanup()
{
    m_cache.reset();
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

PlaylistRepository::NewTrack tst_PlaylistJsonCache::track(const QString &name) const
{
    PlaylistRepository::NewTrack t;
    t.title = name;
    t.filename = name + u".mp3"_s;
    t.durationMs = 1000 + name.size();
    t.artist = u"Artist"_s;
    return t;
}

void tst_PlaylistJsonCache::compareWithUncached(const QString &when)
{
    QJsonArray summaries;
    for (const Playlist &playlist : m_repository->all())
        summaries.append(playlist.toSummaryJson());
    const auto cachedSummaries = m_cache->summaries();
    QVERIFY2(cachedSummaries.ok(), qPrintable(when));
    QCOMPARE(cachedSummaries->json, QJsonDocument(summaries).toJson(QJsonDocument::Compact));
    QCOMPARE(cachedSummaries->count, summaries.size());

    const std::initializer_list<std::pair<int, int>> pages {{1, 100}, {1, 3}, {2, 3}, {3, 3}};
    for (const auto &[page, limit] : pages) {
        const auto uncached = m_repository->list(page, limit);
        QVERIFY(uncached.ok());
        QJsonArray playlists;
        for (const Playlist &playlist : uncached->playlists)
            playlists.append(playlist.toJson());
        const auto cached = m_cache->page(page, limit);
        QVERIFY2(cached.ok(), qPrintable(when));
        QCOMPARE(cached->total, uncached->total);
        QCOMPARE(cached->json, QJsonDocument(playlists).toJson(QJsonDocument::Compact));
    }
}

void tst_PlaylistJsonCache::sameBytesAfterEveryEdit_data()
{
    QTest::addColumn<Edit>("edit");
    const auto trackOf = [](PlaylistRepository &r, const QString &playlistId) {
        return r.find(playlistId)->tracks.constFirst();
    };
    QTest::newRow("nothing") << Edit([](PlaylistRepository &, const QStringList &) {});
    QTest::newRow("create") << Edit(
        [](PlaylistRepository &r, const QStringList &) { QVERIFY(r.create(u"New"_s, {}, u"new"_s).ok()); });
    QTest::newRow("rename") << Edit([](PlaylistRepository &r, const QStringList &ids) {
        QVERIFY(r.update(ids[5], u"Renamed"_s, u"new words"_s, u"renamed"_s).ok());
    });
    QTest::newRow("add track") << Edit([this](PlaylistRepository &r, const QStringList &ids) {
        QVERIFY(r.addTrack(ids[0], track(u"added"_s)).ok());
    });
    QTest::newRow("remove tracks") << Edit(
        [](PlaylistRepository &r, const QStringList &ids) { QVERIFY(r.removeTracks(ids[3], {1}).ok()); });
    QTest::newRow("reorder") << Edit([](PlaylistRepository &r, const QStringList &ids) {
        const Playlist playlist = *r.find(ids[3]);
        QVERIFY(r.reorder(ids[3], {playlist.tracks.constLast().id}).ok());
    });
    QTest::newRow("move track") << Edit([trackOf](PlaylistRepository &r, const QStringList &ids) {
        QVERIFY(r.moveTrack(trackOf(r, ids[2]).id, ids[6], 1, u"moved.mp3"_s).ok());
    });
    QTest::newRow("assign tag") << Edit([](PlaylistRepository &r, const QStringList &ids) {
        QVERIFY(r.assignTag(ids[4], u"04a1b2c3"_s).ok());
    });
    QTest::newRow("move tag") << Edit([](PlaylistRepository &r, const QStringList &ids) {
        QVERIFY(r.assignTag(ids[4], u"04a1b2c3"_s).ok());
        QVERIFY(r.assignTag(ids[1], u"04a1b2c3"_s).ok());
    });
    QTest::newRow("release tag") << Edit([](PlaylistRepository &r, const QStringList &ids) {
        QVERIFY(r.assignTag(ids[4], u"04a1b2c3"_s).ok());
        QVERIFY(r.releaseTag(u"04a1b2c3"_s).ok());
    });
    QTest::newRow("played (no new revision)") << Edit([](PlaylistRepository &r, const QStringList &ids) {
        QVERIFY(r.markPlayed(ids[2], 1765000000000).ok());
    });
    QTest::newRow("play counted (no new revision)")
        << Edit([trackOf](PlaylistRepository &r, const QStringList &ids) {
               QVERIFY(r.incrementPlayCount(trackOf(r, ids[3]).id).ok());
           });
    QTest::newRow("remove playlist") << Edit(
        [](PlaylistRepository &r, const QStringList &ids) { QVERIFY(r.remove(ids[1]).ok()); });
}

void tst_PlaylistJsonCache::sameBytesAfterEveryEdit()
{
    QFETCH(Edit, edit);
    compareWithUncached(u"before"_s); // fills the cache
    edit(*m_repository, m_ids);
    compareWithUncached(u"after the edit"_s);
    compareWithUncached(u"again, unchanged"_s);
}

void tst_PlaylistJsonCache::pagesPastTheEndAndEmptyLibrary()
{
    const auto past = m_cache->page(50, 10);
    QVERIFY(past.ok());
    QCOMPARE(past->total, m_ids.size());
    QCOMPARE(past->json, "[]");
    compareWithUncached(u"filled"_s);
    for (const QString &id : std::as_const(m_ids))
        QVERIFY(m_repository->remove(id).ok());
    const auto summaries = m_cache->summaries();
    QVERIFY(summaries.ok());
    QCOMPARE(summaries->json, "[]");
    QCOMPARE(summaries->count, 0);
    const auto empty = m_cache->page(1, 50);
    QVERIFY(empty.ok());
    QCOMPARE(empty->total, 0);
    QCOMPARE(empty->json, "[]");
}

void tst_PlaylistJsonCache::oddTextsEmptyPlaylistsAndNullsAreTheSameBytes()
{
    const QStringList odd {u"say \"hi\""_s,       u"back\\slash\\"_s,
                           u"Été · 日本語 · 🎵"_s, u"tab\tnew\nline\r\u0001\u001f\u007f end"_s,
                           u"</script>&<>'"_s,    QString()};
    for (qsizetype i = 0; i < odd.size(); ++i) {
        const auto playlist = m_repository->create(odd[i].isEmpty() ? u"x"_s : odd[i], odd[i],
                                                   u"odd%1"_s.arg(i)); // no tracks: an empty playlist
        QVERIFY(playlist.ok());
        if (i % 2 == 0)
            continue;
        PlaylistRepository::NewTrack withNulls = track(odd[i] + u" song"_s); // artist set, album null
        withNulls.artist.reset(); // both null
        QVERIFY(m_repository->addTrack(playlist->id, withNulls).ok());
        PlaylistRepository::NewTrack named = track(u"named %1"_s.arg(i));
        named.album = odd[i];
        QVERIFY(m_repository->addTrack(playlist->id, named).ok());
    }
    QVERIFY(m_repository->assignTag(m_ids[2], u"04a1b2c3"_s).ok());
    compareWithUncached(u"odd texts"_s);
    compareWithUncached(u"odd texts, cached"_s);
}

void tst_PlaylistJsonCache::anEditChangesOnlyThatPlaylistsFragment()
{
    const auto fragments = [](const QByteArray &json) {
        QHash<QString, QByteArray> byId;
        for (const QJsonValue &playlist : QJsonDocument::fromJson(json).array()) {
            byId.insert(playlist[u"id"_s].toString(),
                        QJsonDocument(playlist.toObject()).toJson(QJsonDocument::Compact));
        }
        return byId;
    };
    const auto before = m_cache->page(1, 100);
    QVERIFY(before.ok());
    QVERIFY(m_repository->update(m_ids[3], std::nullopt, u"new words"_s, std::nullopt).ok());

    // Only the edited playlist is converted again (the cache says how many it rebuilt).
    QLoggingCategory::setFilterRules(u"omb.library.debug=true"_s);
    QTest::ignoreMessage(QtDebugMsg, "playlist JSON rebuilt for 1 of 7 playlists");
    const auto after = m_cache->page(1, 100);
    QLoggingCategory::setFilterRules({});
    QVERIFY(after.ok());

    const auto was = fragments(before->json);
    const auto is = fragments(after->json);
    QCOMPARE(is.keys().size(), was.keys().size());
    QStringList changed;
    for (auto it = was.cbegin(); it != was.cend(); ++it) {
        if (is.value(it.key()) != it.value())
            changed.append(it.key());
        else
            QVERIFY(after->json.contains(it.value())); // the same bytes, spliced in as they were
    }
    QCOMPARE(changed, QStringList {m_ids[3]});
    QVERIFY(is.value(m_ids[3]).contains("\"description\":\"new words\""));
}

// Asked again with nothing changed, a page and the summaries are the bytes handed out before, shared rather
// than assembled again; a play counted on the page, or an edit, makes a new answer.
void tst_PlaylistJsonCache::anUnchangedAnswerIsTheSameBuffer()
{
    const auto first = m_cache->page(1, 100);
    const auto again = m_cache->page(1, 100);
    QVERIFY(first.ok() && again.ok());
    QVERIFY(again->json.isSharedWith(first->json));
    const auto summaries = m_cache->summaries();
    QVERIFY(summaries.ok());
    QVERIFY(m_cache->summaries()->json.isSharedWith(summaries->json));

    QVERIFY(m_repository->incrementPlayCount(m_repository->find(m_ids[3])->tracks.constFirst().id).ok());
    const auto played = m_cache->page(1, 100);
    QVERIFY(played.ok());
    QVERIFY(!played->json.isSharedWith(first->json));
    QVERIFY(m_cache->summaries()->json.isSharedWith(summaries->json)); // summaries show no play counts

    QVERIFY(m_repository->update(m_ids[1], std::nullopt, u"new words"_s, std::nullopt).ok());
    QVERIFY(!m_cache->summaries()->json.isSharedWith(summaries->json));
    QVERIFY(!m_cache->page(1, 100)->json.isSharedWith(played->json));
}

QTEST_GUILESS_MAIN(tst_PlaylistJsonCache)
#include "tst_playlistjsoncache.moc"
