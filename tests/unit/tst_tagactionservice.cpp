// SPDX-License-Identifier: GPL-3.0-or-later
// TagActionService and TagRepository's action cards over a real library: a tag becomes an action card (a
// playlist's tag is released first, with its events), linking it to a playlist ends the action, unlinking
// works for both kinds, and the parents' list shows both.

#include "library/tagrepository.h"
#include "manualclock.h"
#include "nfc/tagactionservice.h"
#include "playlistharness.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TagActionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyActionHasAName();
    void freeTagBecomesACard();
    void playlistTagBecomesACard();
    void linkingToAPlaylistEndsTheAction();
    void unlinkEitherKind();
    void listShowsBothKinds();

private:
    std::unique_ptr<PlaylistHarness> m_library;
    std::unique_ptr<TagRepository> m_tags;
    ManualClock m_clock;
    std::unique_ptr<TagActionService> m_service;
};

void tst_TagActionService::init()
{
    m_library = std::make_unique<PlaylistHarness>();
    QVERIFY(m_library->isValid());
    m_tags = std::make_unique<TagRepository>(m_library->database());
    m_service = std::make_unique<TagActionService>(m_library->playlists(), *m_tags, m_clock);
}

void tst_TagActionService::cleanup()
{
    m_service.reset();
    m_tags.reset();
    m_library.reset();
}

void tst_TagActionService::everyActionHasAName()
{
    const QStringList names = TagActions::names();
    QCOMPARE(names,
             QStringList({u"pause"_s, u"stop"_s, u"next"_s, u"previous"_s, u"volume_up"_s, u"volume_down"_s,
                          u"shuffle"_s, u"repeat"_s, u"sleep_15"_s, u"sleep_30"_s, u"sleep_60"_s}));
    for (const QString &name : names)
        QCOMPARE(TagActions::name(*TagActions::fromName(name)), name);
    QVERIFY(!TagActions::fromName(u"explode"_s));
    // The database accepts every one of them (its CHECK lists the same names).
    for (const QString &name : names)
        QVERIFY2(m_tags->setAction(u"0a0b"_s, *TagActions::fromName(name), m_clock.nowUtc()).ok(),
                 qPrintable(name));
}

void tst_TagActionService::freeTagBecomesACard()
{
    QVERIFY(!m_service->actionOf(u"04aa"_s));
    const auto link = m_service->link(u"04aa"_s, TagAction::Sleep30);
    QVERIFY(link.ok());
    QVERIFY(!link->previousPlaylistId);
    QCOMPARE(m_service->actionOf(u"04aa"_s), std::optional(TagAction::Sleep30));
    QVERIFY(m_library->events().isEmpty()); // no playlist changed
    QVERIFY(m_service->link(u"04aa"_s, TagAction::Next).ok()); // another action replaces it
    QCOMPARE(m_service->actionOf(u"04aa"_s), std::optional(TagAction::Next));
}

void tst_TagActionService::playlistTagBecomesACard()
{
    const QString songs = m_library->createPlaylist(u"Songs"_s);
    QVERIFY(m_library->playlists().assignTag(songs, u"04bb"_s).ok());
    m_library->clearEvents();

    const auto link = m_service->link(u"04bb"_s, TagAction::Pause);
    QVERIFY(link.ok());
    QCOMPARE(link->previousPlaylistId, std::optional(songs));
    QVERIFY(!m_library->repository().find(songs)->nfcTagId);
    QCOMPARE(m_library->eventsNamed(u"state:playlist_updated"_s).size(), 1);
    const QJsonObject update = m_library->eventsNamed(u"state:playlist_updated"_s).first().payload;
    QVERIFY(update[u"data"_s][u"updates"_s][u"nfc_tag_id"_s].isNull());
    QCOMPARE(m_service->actionOf(u"04bb"_s), std::optional(TagAction::Pause));
}

void tst_TagActionService::linkingToAPlaylistEndsTheAction()
{
    const QString songs = m_library->createPlaylist(u"Songs"_s);
    QVERIFY(m_service->link(u"04cc"_s, TagAction::Stop).ok());
    QVERIFY(m_library->playlists().assignTag(songs, u"04cc"_s).ok());
    QVERIFY(!m_service->actionOf(u"04cc"_s));
    QCOMPARE(m_library->repository().findByTag(u"04cc"_s)->id, songs);
}

void tst_TagActionService::unlinkEitherKind()
{
    const QString songs = m_library->createPlaylist(u"Songs"_s);
    QVERIFY(m_library->playlists().assignTag(songs, u"04dd"_s).ok());
    QVERIFY(m_service->link(u"04ee"_s, TagAction::VolumeUp).ok());

    const auto card = m_service->unlink(u"04ee"_s);
    QVERIFY(card.ok());
    QCOMPARE(card->action, u"volume_up"_s);
    QVERIFY(card->playlistId.isEmpty());
    QVERIFY(!m_service->actionOf(u"04ee"_s));

    m_library->clearEvents();
    const auto playlistTag = m_service->unlink(u"04dd"_s);
    QVERIFY(playlistTag.ok());
    QCOMPARE(playlistTag->playlistId, songs);
    QVERIFY(playlistTag->action.isEmpty());
    QVERIFY(!m_library->repository().find(songs)->nfcTagId);
    QCOMPARE(m_library->eventsNamed(u"state:playlist_updated"_s).size(), 1);

    const auto unknown = m_service->unlink(u"04ff"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().type, ErrorType::NotFound);
    QCOMPARE(unknown.error().details[u"resource"_s].toString(), u"nfc_tag"_s);
}

void tst_TagActionService::listShowsBothKinds()
{
    const QString songs = m_library->createPlaylist(u"Songs"_s);
    QVERIFY(m_library->playlists().assignTag(songs, u"0401"_s).ok());
    QVERIFY(m_service->link(u"0402"_s, TagAction::Shuffle).ok());
    QVERIFY(m_service->link(u"0403"_s, TagAction::Next).ok());
    QVERIFY(m_tags->rename(u"0403"_s, u"Blue star"_s).ok()); // an action card can be named
    QVERIFY(m_tags->markUsed(u"0402"_s, m_clock.nowUtc()).ok()); // and its use is recorded

    const auto tags = m_tags->linked();
    QVERIFY(tags.ok());
    QCOMPARE(tags->size(), 3);
    QCOMPARE(tags->at(0).tagId, u"0403"_s); // named first
    QCOMPARE(tags->at(0).name, u"Blue star"_s);
    QCOMPARE(tags->at(0).action, u"next"_s);
    QVERIFY(tags->at(0).playlistId.isEmpty());
    QCOMPARE(tags->at(1).tagId, u"0402"_s); // then by title or action: "shuffle" < "Songs"
    QCOMPARE(tags->at(1).action, u"shuffle"_s);
    QVERIFY(!tags->at(1).lastUsedAt.isEmpty());
    QCOMPARE(tags->at(2).playlistId, songs);
    QCOMPARE(tags->at(2).playlistTitle, u"Songs"_s);
    QVERIFY(tags->at(2).action.isEmpty());
    QCOMPARE(m_tags->find(u"0402"_s)->action, u"shuffle"_s);
}

QTEST_GUILESS_MAIN(tst_TagActionService)
#include "tst_tagactionservice.moc"
