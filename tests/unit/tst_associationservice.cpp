// SPDX-License-Identifier: GPL-3.0-or-later
// AssociationService: the PROTOCOL.md §6.4 state table over a real library, events checked in order.

#include "manualclock.h"
#include "nfc/associationservice.h"
#include "playlistharness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_AssociationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startEmitsWaiting();
    void startForUnknownPlaylistFails();
    void samePlaylistReplacesSilently();
    void otherPlaylistCancelsTheOldSession();
    void unknownTagSucceeds();
    void ownTagSucceedsWithoutLibraryEvents();
    void otherOwnersTagIsDuplicateThenOverride();
    void duplicateDoesNotExtendTheTimeout();
    void overrideWithTagMovesIt();
    void tagLessOverrideWaitsAndMovesTheNextTag();
    void timeout();
    void cancelById();
    void stopForPlaylist();
    void associateRoute();
    void associateDuringSessionCompletesIt();
    void dissociate();
    void deletedPlaylistCancels();
    void terminalSessionsAreRetainedForAWhile();

private:
    QJsonObject lastState() const;

    ManualClock m_clock;
    std::unique_ptr<PlaylistHarness> m_lib;
    std::unique_ptr<AssociationService> m_service;
    QString m_bedtime;
    QString m_animals;
};

void tst_AssociationService::init()
{
    m_lib = std::make_unique<PlaylistHarness>();
    QVERIFY(m_lib->isValid());
    m_bedtime = m_lib->createPlaylist(u"Bedtime Stories"_s);
    m_animals = m_lib->createPlaylist(u"Animal Songs"_s);
    QVERIFY(!m_bedtime.isEmpty() && !m_animals.isEmpty());
    m_lib->giveTag(m_animals, u"04a1b2c3d4e5f6"_s);
    m_lib->clearEvents();
    m_service = std::make_unique<AssociationService>(m_lib->playlists(), m_lib->state, m_clock,
                                                     AssociationService::Config {60000, 5});
}

QJsonObject tst_AssociationService::lastState() const
{
    const auto states = m_lib->eventsNamed(u"nfc_association_state"_s);
    return states.isEmpty() ? QJsonObject() : states.last().payload;
}

void tst_AssociationService::startEmitsWaiting()
{
    QSignalSpy changed(m_service.get(), &AssociationService::changed);
    const auto session = m_service->startSession(m_bedtime, 30000);
    QVERIFY(session);
    QCOMPARE(m_lib->eventNames(), QStringList {u"nfc_association_state"_s});
    const auto event = m_lib->events().first();
    QVERIFY(event.audience.everyone);
    QCOMPARE(event.payload.value(u"state"_s).toString(), u"waiting"_s);
    QCOMPARE(event.payload.value(u"session_id"_s).toString(), session->id);
    QCOMPARE(event.payload.value(u"playlist_id"_s).toString(), m_bedtime);
    QCOMPARE(event.payload.value(u"timeout_ms"_s).toInt(), 30000);
    QCOMPARE(event.payload.value(u"override_mode"_s).toBool(), false);
    QCOMPARE(event.payload.value(u"server_seq"_s).toInteger(), event.seq);
    QVERIFY(event.payload.contains(u"timestamp"_s));
    QVERIFY(!event.payload.contains(u"replaces_session_id"_s));
    QVERIFY(qAbs(event.payload.value(u"expires_at"_s).toDouble() - session->expiresAtSeconds()) < 0.001);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_service->isActive());
    const QJsonObject json = session->toJson(m_clock.nowMs());
    QCOMPARE(json.value(u"remaining_seconds"_s).toInt(), 30);
    QVERIFY(json.value(u"tag_id"_s).isNull());
}

void tst_AssociationService::startForUnknownPlaylistFails()
{
    const auto session = m_service->startSession(u"nope"_s);
    QVERIFY(!session);
    QCOMPARE(session.error().type, ErrorType::NotFound);
    QCOMPARE(session.error().details.value(u"resource"_s).toString(), u"playlist"_s);
    QVERIFY(m_lib->events().isEmpty());
}

void tst_AssociationService::samePlaylistReplacesSilently()
{
    const auto first = m_service->startSession(m_bedtime);
    const auto second = m_service->startSession(m_bedtime);
    QCOMPARE(m_lib->eventNames(), QStringList(2, u"nfc_association_state"_s));
    QCOMPARE(lastState().value(u"state"_s).toString(), u"waiting"_s);
    QCOMPARE(lastState().value(u"replaces_session_id"_s).toString(), first->id);
    QCOMPARE(m_service->session(first->id)->state, NfcSession::State::Cancelled);
    QCOMPARE(m_service->activeSession()->id, second->id);
}

void tst_AssociationService::otherPlaylistCancelsTheOldSession()
{
    const auto first = m_service->startSession(m_bedtime);
    m_lib->clearEvents();
    const auto second = m_service->startSession(m_animals);
    const auto states = m_lib->eventsNamed(u"nfc_association_state"_s);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).payload.value(u"state"_s).toString(), u"cancelled"_s);
    QCOMPARE(states.at(0).payload.value(u"session_id"_s).toString(), first->id);
    QCOMPARE(states.at(0).payload.value(u"playlist_id"_s).toString(), m_bedtime);
    QCOMPARE(states.at(1).payload.value(u"state"_s).toString(), u"waiting"_s);
    QVERIFY(!states.at(1).payload.contains(u"replaces_session_id"_s));
    QCOMPARE(m_service->activeSession()->id, second->id);
}

void tst_AssociationService::unknownTagSucceeds()
{
    const auto session = m_service->startSession(m_bedtime);
    m_lib->clearEvents();
    m_service->handleTag(u"1a2b3c4d"_s);
    QCOMPARE(m_lib->eventNames().first(), u"nfc_association_state"_s);
    QVERIFY(m_lib->eventNames().contains(u"state:playlist_updated"_s));
    QCOMPARE(lastState().value(u"state"_s).toString(), u"success"_s);
    QCOMPARE(lastState().value(u"tag_id"_s).toString(), u"1a2b3c4d"_s);
    QVERIFY(lastState().value(u"previous_playlist_id"_s).isNull());
    QCOMPARE(m_lib->repository().findByTag(u"1a2b3c4d"_s)->id, m_bedtime);
    QVERIFY(!m_service->isActive());
    QCOMPARE(m_service->session(session->id)->state, NfcSession::State::Success);
}

void tst_AssociationService::ownTagSucceedsWithoutLibraryEvents()
{
    m_service->startSession(m_animals);
    m_lib->clearEvents();
    m_service->handleTag(u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_lib->eventNames(), QStringList {u"nfc_association_state"_s});
    QCOMPARE(lastState().value(u"state"_s).toString(), u"success"_s);
}

void tst_AssociationService::otherOwnersTagIsDuplicateThenOverride()
{
    const auto session = m_service->startSession(m_bedtime);
    m_lib->clearEvents();
    m_service->handleTag(u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_lib->eventNames(), QStringList {u"nfc_association_state"_s});
    QCOMPARE(lastState().value(u"state"_s).toString(), u"duplicate"_s);
    QCOMPARE(lastState().value(u"tag_id"_s).toString(), u"04a1b2c3d4e5f6"_s);
    const QJsonObject existing = lastState().value(u"existing_playlist"_s).toObject();
    QCOMPARE(existing.value(u"id"_s).toString(), m_animals);
    QCOMPARE(existing.value(u"title"_s).toString(), u"Animal Songs"_s);
    QVERIFY(lastState().contains(u"expires_at"_s));
    QVERIFY(m_service->isActive()); // duplicate is still active
    QCOMPARE(m_lib->repository().findByTag(u"04a1b2c3d4e5f6"_s)->id, m_animals);

    m_lib->clearEvents();
    const auto result = m_service->overrideTag(m_bedtime, std::nullopt); // the held tag moves
    QVERIFY(result);
    QVERIFY(result->completed);
    QCOMPARE(result->session.id, session->id);
    QCOMPARE(result->session.tagId, u"04a1b2c3d4e5f6"_s);
    const QStringList names = m_lib->eventNames();
    QCOMPARE(names.first(), u"nfc_association_state"_s);
    QCOMPARE(m_lib->events().first().payload.value(u"state"_s).toString(), u"success"_s);
    QCOMPARE(m_lib->events().first().payload.value(u"previous_playlist_id"_s).toString(), m_animals);
    // Then the library events, the old owner first.
    const auto updates = m_lib->eventsNamed(u"state:playlist_updated"_s);
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates.at(0).payload.value(u"playlist_id"_s).toString(), m_animals);
    QCOMPARE(updates.at(1).payload.value(u"playlist_id"_s).toString(), m_bedtime);
    QVERIFY(m_lib->events().first().seq < updates.at(0).seq);
    QCOMPARE(m_lib->repository().findByTag(u"04a1b2c3d4e5f6"_s)->id, m_bedtime);
}

void tst_AssociationService::duplicateDoesNotExtendTheTimeout()
{
    m_service->startSession(m_bedtime, 10000);
    m_clock.advance(9000);
    m_service->handleTag(u"04a1b2c3d4e5f6"_s);
    m_clock.advance(1000);
    m_service->evaluate();
    QCOMPARE(lastState().value(u"state"_s).toString(), u"timeout"_s);
}

void tst_AssociationService::overrideWithTagMovesIt()
{
    const auto result = m_service->overrideTag(m_bedtime, u"04a1b2c3d4e5f6"_s);
    QVERIFY(result);
    QVERIFY(result->completed);
    QCOMPARE(m_lib->eventsNamed(u"nfc_association_state"_s).size(), 1);
    QCOMPARE(lastState().value(u"state"_s).toString(), u"success"_s);
    QCOMPARE(lastState().value(u"previous_playlist_id"_s).toString(), m_animals);
    QCOMPARE(m_lib->repository().findByTag(u"04a1b2c3d4e5f6"_s)->id, m_bedtime);
    QVERIFY(!m_service->isActive());
}

void tst_AssociationService::tagLessOverrideWaitsAndMovesTheNextTag()
{
    const auto result = m_service->overrideTag(m_bedtime, std::nullopt);
    QVERIFY(result);
    QVERIFY(!result->completed);
    QCOMPARE(lastState().value(u"state"_s).toString(), u"waiting"_s);
    QCOMPARE(lastState().value(u"override_mode"_s).toBool(), true);
    m_service->handleTag(u"04a1b2c3d4e5f6"_s); // another playlist's tag: moves, no duplicate
    QCOMPARE(lastState().value(u"state"_s).toString(), u"success"_s);
    QCOMPARE(m_lib->repository().findByTag(u"04a1b2c3d4e5f6"_s)->id, m_bedtime);
}

void tst_AssociationService::timeout()
{
    QSignalSpy changed(m_service.get(), &AssociationService::changed);
    const auto session = m_service->startSession(m_bedtime, 5000);
    m_clock.advance(4999);
    m_service->evaluate();
    QCOMPARE(lastState().value(u"state"_s).toString(), u"waiting"_s);
    QCOMPARE(m_service->activeSession()->remainingSeconds(m_clock.nowMs()), 1);
    m_clock.advance(1);
    m_service->evaluate();
    QCOMPARE(lastState().value(u"state"_s).toString(), u"timeout"_s);
    QCOMPARE(lastState().value(u"session_id"_s).toString(), session->id);
    QCOMPARE(lastState().value(u"playlist_id"_s).toString(), m_bedtime);
    QVERIFY(!m_service->isActive());
    QCOMPARE(changed.count(), 2);
    m_service->handleTag(u"1a2b3c4d"_s); // too late: nothing happens
    QVERIFY(!m_lib->repository().findByTag(u"1a2b3c4d"_s));
}

void tst_AssociationService::cancelById()
{
    const auto session = m_service->startSession(m_bedtime);
    const auto cancelled = m_service->cancelSession(session->id);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->state, NfcSession::State::Cancelled);
    QCOMPARE(lastState().value(u"state"_s).toString(), u"cancelled"_s);
    const int events = int(m_lib->events().size());
    const auto again = m_service->cancelSession(session->id);
    QVERIFY(again);
    QCOMPARE(again->state, NfcSession::State::Cancelled);
    QCOMPARE(m_lib->events().size(), events);
    const auto unknown = m_service->cancelSession(u"nope"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().details.value(u"resource"_s).toString(), u"nfc_session"_s);
}

void tst_AssociationService::stopForPlaylist()
{
    QCOMPARE(m_service->stopForPlaylist(m_bedtime).error().type, ErrorType::NotFound);
    m_service->startSession(m_bedtime);
    QCOMPARE(m_service->stopForPlaylist(m_animals).error().type, ErrorType::NotFound);
    const auto stopped = m_service->stopForPlaylist(m_bedtime);
    QVERIFY(stopped);
    QCOMPARE(lastState().value(u"state"_s).toString(), u"cancelled"_s);
    QVERIFY(!m_service->isActive());
}

void tst_AssociationService::associateRoute()
{
    QSignalSpy changed(m_service.get(), &AssociationService::changed);
    QSignalSpy linked(m_service.get(), &AssociationService::tagLinked);
    const auto conflict = m_service->associate(u"04a1b2c3d4e5f6"_s, m_bedtime, false);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().type, ErrorType::Conflict);
    QCOMPARE(conflict.error().details.value(u"existing_playlist"_s).toObject().value(u"id"_s).toString(),
             m_animals);
    QVERIFY(m_lib->events().isEmpty());

    const auto moved = m_service->associate(u"04a1b2c3d4e5f6"_s, m_bedtime, true);
    QVERIFY(moved);
    QCOMPARE(moved->previousPlaylistId, m_animals);
    QCOMPARE(moved->playlistTitle, u"Bedtime Stories"_s);
    QVERIFY(m_lib->eventsNamed(u"nfc_association_state"_s).isEmpty()); // no session was active
    QCOMPARE(m_lib->eventsNamed(u"state:playlist_updated"_s).size(), 2);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(linked.size(), 1); // only the link that happened: not the refused one
    QCOMPARE(linked.first(), (QVariantList {u"04a1b2c3d4e5f6"_s, m_bedtime}));

    m_lib->clearEvents();
    const auto same = m_service->associate(u"04a1b2c3d4e5f6"_s, m_bedtime, false); // its own tag: a no-op
    QVERIFY(same);
    QVERIFY(m_lib->events().isEmpty());
}

void tst_AssociationService::associateDuringSessionCompletesIt()
{
    m_service->startSession(m_bedtime);
    m_lib->clearEvents();
    QSignalSpy changed(m_service.get(), &AssociationService::changed);
    QSignalSpy linked(m_service.get(), &AssociationService::tagLinked);
    QVERIFY(m_service->associate(u"1a2b3c4d"_s, m_bedtime, false));
    QCOMPARE(m_lib->eventNames().first(), u"nfc_association_state"_s);
    QCOMPARE(lastState().value(u"state"_s).toString(), u"success"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(linked.size(), 1);
}

void tst_AssociationService::dissociate()
{
    const auto released = m_service->dissociate(u"04a1b2c3d4e5f6"_s);
    QVERIFY(released);
    QCOMPARE(released->playlistId, m_animals);
    QVERIFY(!m_lib->repository().findByTag(u"04a1b2c3d4e5f6"_s));
    const auto again = m_service->dissociate(u"04a1b2c3d4e5f6"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().type, ErrorType::NotFound);
}

void tst_AssociationService::deletedPlaylistCancels()
{
    m_service->startSession(m_bedtime);
    m_service->onPlaylistRemoved(m_animals);
    QVERIFY(m_service->isActive());
    m_service->onPlaylistRemoved(m_bedtime);
    QVERIFY(!m_service->isActive());
    QCOMPARE(lastState().value(u"state"_s).toString(), u"cancelled"_s);
}

void tst_AssociationService::terminalSessionsAreRetainedForAWhile()
{
    const auto session = m_service->startSession(m_bedtime);
    QCOMPARE(m_service->sessionsJson().size(), 1);
    m_service->cancelSession(session->id);
    m_clock.advance(5000);
    QCOMPARE(m_service->sessionsJson().size(), 1);
    QCOMPARE(m_service->sessionsJson().first().toObject().value(u"remaining_seconds"_s).toInt(), 0);
    m_clock.advance(1);
    QCOMPARE(m_service->sessionsJson().size(), 0);
    QVERIFY(m_service->cancelSession(session->id)); // still known to DELETE
}

QTEST_GUILESS_MAIN(tst_AssociationService)
#include "tst_associationservice.moc"
