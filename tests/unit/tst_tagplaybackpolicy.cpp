// SPDX-License-Identifier: GPL-3.0-or-later
// The §6.3 tag rules (TagPlaybackPolicy) and their routing with sessions and nfc_status (TagDispatcher,
// NfcStatusService), over a real library and a fake player.

#include "library/tagrepository.h"
#include "manualclock.h"
#include "nfc/associationservice.h"
#include "nfc/nfcstatusservice.h"
#include "nfc/simulatedreader.h"
#include "nfc/tagactionrunner.h"
#include "nfc/tagactionservice.h"
#include "nfc/tagdispatcher.h"
#include "nfc/tagplaybackpolicy.h"
#include "nfc/tagplayer.h"
#include "nfc/tagpresence.h"
#include "playback/sleeptimer.h"
#include "playerfixture.h"
#include "playlistharness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

class FakePlayer : public TagPlayer
{
public:
    State state() const override { return m_state; }
    QString loadedPlaylistId() const override { return m_loaded; }
    Status playPlaylist(const Playlist &playlist, bool resume) override
    {
        calls.append(u"play %1 %2"_s.arg(playlist.title, resume ? u"resume"_s : u"from-start"_s));
        if (playlist.title.startsWith(u"Empty"_s))
            return ServiceError::conflict(u"no playable tracks"_s, {{u"reason"_s, u"no_playable_tracks"_s}});
        m_loaded = playlist.id;
        m_state = State::Playing;
        return Done {};
    }
    void resume() override
    {
        calls.append(u"resume"_s);
        m_state = State::Playing;
    }
    void pause() override
    {
        calls.append(u"pause"_s);
        m_state = State::Paused;
    }

    void set(const QString &loaded, State state)
    {
        m_loaded = loaded;
        m_state = state;
    }

    QStringList calls;

private:
    QString m_loaded;
    State m_state = State::Stopped;
};

} // namespace

class tst_TagPlaybackPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unknownTagIsAnnounced();
    void knownTagPlaysItsPlaylist_data();
    void knownTagPlaysItsPlaylist();
    void loadedPlaylist_data();
    void loadedPlaylist();
    void playlistWithoutTracksDoesNothing();
    void liftingTheSourceTagPauses();
    void liftingAnotherTagDoesNothing();
    void pauseOnRemovalCanBeTurnedOff();
    void startingSomethingElseClearsTheSource();
    void placementDuringSessionNeverPlays();
    void actionCardRunsItsActionAndLiftingItDoesNothing();
    void actionCardPlacedDuringASessionIsLinked();
    void oneNfcStatusLastPerReaderEvent();
    void statusDescribesReaderTagAndSessions();

private:
    void build(TagPlaybackPolicy::Config config);

    ManualClock m_clock;
    std::unique_ptr<PlaylistHarness> m_lib;
    FakePlayer m_player;
    std::unique_ptr<TagPlaybackPolicy> m_policy;
    std::unique_ptr<SimulatedReader> m_reader;
    std::unique_ptr<TagPresence> m_presence;
    std::unique_ptr<AssociationService> m_associations;
    std::unique_ptr<NfcStatusService> m_status;
    // Action cards act on a real player (the fake above must see nothing of them).
    std::unique_ptr<PlayerFixture> m_cardPlayer;
    std::unique_ptr<SleepTimer> m_sleep;
    std::unique_ptr<TagRepository> m_tags;
    std::unique_ptr<TagActionService> m_actions;
    std::unique_ptr<TagActionRunner> m_runner;
    std::unique_ptr<TagDispatcher> m_dispatcher;
    QString m_bedtime;
    QString m_animals;
    QString m_empty;
};

void tst_TagPlaybackPolicy::init()
{
    m_lib = std::make_unique<PlaylistHarness>();
    QVERIFY(m_lib->isValid());
    m_bedtime = m_lib->createPlaylist(u"Bedtime Stories"_s);
    m_animals = m_lib->createPlaylist(u"Animal Songs"_s);
    m_empty = m_lib->createPlaylist(u"Empty Box"_s);
    m_lib->giveTag(m_bedtime, u"04a1b2c3d4e5f6"_s);
    m_lib->giveTag(m_animals, u"1a2b3c4d"_s);
    m_lib->giveTag(m_empty, u"eeee0000"_s);
    m_lib->clearEvents();
    m_player = FakePlayer();
    build({true, true});
}

void tst_TagPlaybackPolicy::build(TagPlaybackPolicy::Config config)
{
    m_dispatcher.reset();
    m_status.reset();
    m_policy = std::make_unique<TagPlaybackPolicy>(m_lib->repository(), m_player, m_lib->state, config);
    m_reader = std::make_unique<SimulatedReader>();
    m_presence = std::make_unique<TagPresence>(m_clock, 0, 0);
    m_associations = std::make_unique<AssociationService>(m_lib->playlists(), m_lib->state, m_clock,
                                                          AssociationService::Config {});
    m_status = std::make_unique<NfcStatusService>(m_lib->state, m_reader.get(), *m_presence, *m_associations);
    QObject::connect(m_reader.get(), &NfcReader::tagDetected, m_presence.get(), &TagPresence::onTagDetected);
    QObject::connect(m_reader.get(), &NfcReader::tagRemoved, m_presence.get(), &TagPresence::onTagRemoved);
    QObject::connect(m_associations.get(), &AssociationService::changed, m_status.get(),
                     &NfcStatusService::markChanged);
    m_cardPlayer = std::make_unique<PlayerFixture>();
    m_sleep = std::make_unique<SleepTimer>(SleepTimer::Config {}, *m_cardPlayer->controller, m_clock);
    m_tags = std::make_unique<TagRepository>(m_lib->database());
    m_actions = std::make_unique<TagActionService>(m_lib->playlists(), *m_tags, m_clock);
    m_runner = std::make_unique<TagActionRunner>(*m_cardPlayer->controller, *m_sleep);
    m_dispatcher = std::make_unique<TagDispatcher>(*m_presence, *m_associations, *m_actions, *m_runner,
                                                   *m_policy, *m_status);
    m_reader->start();
}

void tst_TagPlaybackPolicy::unknownTagIsAnnounced()
{
    QSignalSpy unknown(m_policy.get(), &TagPlaybackPolicy::unknownTagPlaced); // the box's chime
    m_policy->handlePlaced(u"ffff0000"_s);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().first().toString(), u"ffff0000"_s);
    QVERIFY(m_player.calls.isEmpty());
    QCOMPARE(m_lib->events().size(), 1);
    const auto event = m_lib->events().first();
    QCOMPARE(event.name, u"state:nfc_unknown_tag"_s);
    QCOMPARE(event.payload.value(u"data"_s).toObject().value(u"tag_id"_s).toString(), u"ffff0000"_s);
    QCOMPARE(event.payload.value(u"event_type"_s).toString(), u"state:nfc_unknown_tag"_s);
    QCOMPARE(event.audience.rooms, (QStringList {u"playlists"_s, u"nfc"_s}));
    QVERIFY(m_policy->sourceTag().isEmpty());
}

void tst_TagPlaybackPolicy::knownTagPlaysItsPlaylist_data()
{
    QTest::addColumn<bool>("resumeEnabled");
    QTest::addColumn<QString>("expected");
    QTest::newRow("resume on") << true << u"play Bedtime Stories resume"_s;
    QTest::newRow("resume off") << false << u"play Bedtime Stories from-start"_s;
}

void tst_TagPlaybackPolicy::knownTagPlaysItsPlaylist()
{
    QFETCH(bool, resumeEnabled);
    QFETCH(QString, expected);
    build({resumeEnabled, true});
    m_player.set(m_animals, TagPlayer::State::Playing); // another playlist plays: the tag switches
    m_policy->handlePlaced(u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_player.calls, QStringList {expected});
    QCOMPARE(m_policy->sourceTag(), u"04a1b2c3d4e5f6"_s);
}

void tst_TagPlaybackPolicy::loadedPlaylist_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("paused resumes") << int(TagPlayer::State::Paused) << QStringList {u"resume"_s};
    QTest::newRow("playing: nothing") << int(TagPlayer::State::Playing) << QStringList {};
    QTest::newRow("stopped plays") << int(TagPlayer::State::Stopped)
                                   << QStringList {u"play Bedtime Stories resume"_s};
}

void tst_TagPlaybackPolicy::loadedPlaylist()
{
    QFETCH(int, state);
    QFETCH(QStringList, expected);
    m_player.set(m_bedtime, TagPlayer::State(state));
    m_policy->handlePlaced(u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_player.calls, expected);
    QCOMPARE(m_policy->sourceTag(), u"04a1b2c3d4e5f6"_s);
}

void tst_TagPlaybackPolicy::playlistWithoutTracksDoesNothing()
{
    m_policy->handlePlaced(u"04a1b2c3d4e5f6"_s);
    m_policy->handlePlaced(u"eeee0000"_s);
    QCOMPARE(m_player.calls.size(), 2);
    QCOMPARE(m_player.loadedPlaylistId(), m_bedtime);
    QCOMPARE(m_policy->sourceTag(), u"04a1b2c3d4e5f6"_s); // unchanged
    QVERIFY(m_lib->events().isEmpty());
}

void tst_TagPlaybackPolicy::liftingTheSourceTagPauses()
{
    m_policy->handlePlaced(u"04a1b2c3d4e5f6"_s);
    m_policy->handleRemoved(u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_player.calls.last(), u"pause"_s);
    QVERIFY(m_policy->sourceTag().isEmpty());
    m_policy->handlePlaced(u"04a1b2c3d4e5f6"_s); // placed again while paused: resumes
    QCOMPARE(m_player.calls.last(), u"resume"_s);
}

void tst_TagPlaybackPolicy::liftingAnotherTagDoesNothing()
{
    m_policy->handlePlaced(u"04a1b2c3d4e5f6"_s);
    m_policy->handleRemoved(u"ffff0000"_s);
    QCOMPARE(m_player.calls.size(), 1);
    m_player.set(m_bedtime, TagPlayer::State::Paused); // paused by hand: lifting does nothing either
    m_policy->handleRemoved(u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_player.calls.size(), 1);
}

void tst_TagPlaybackPolicy::pauseOnRemovalCanBeTurnedOff()
{
    build({true, false});
    m_policy->handlePlaced(u"04a1b2c3d4e5f6"_s);
    m_policy->handleRemoved(u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_player.calls.size(), 1);
    QCOMPARE(m_player.state(), TagPlayer::State::Playing);
}

void tst_TagPlaybackPolicy::startingSomethingElseClearsTheSource()
{
    m_policy->handlePlaced(u"04a1b2c3d4e5f6"_s);
    m_player.set(m_animals, TagPlayer::State::Playing); // started from the web UI
    m_policy->onPlayerChanged();
    QVERIFY(m_policy->sourceTag().isEmpty());
    m_policy->handleRemoved(u"04a1b2c3d4e5f6"_s);
    QCOMPARE(m_player.calls.size(), 1);
}

void tst_TagPlaybackPolicy::placementDuringSessionNeverPlays()
{
    QVERIFY(m_associations->startSession(m_animals));
    m_reader->place(u"04a1b2c3d4e5f6"_s); // Bedtime's tag: a duplicate for Animal Songs
    QVERIFY(m_player.calls.isEmpty());
    QCOMPARE(m_associations->activeSession()->state, NfcSession::State::Duplicate);
    QVERIFY(m_associations->cancelSession(m_associations->activeSession()->id));
    m_reader->place(u"04a1b2c3d4e5f6"_s); // still on the reader: not a new placement
    QVERIFY(m_player.calls.isEmpty());
    m_reader->remove();
    m_reader->place(u"04a1b2c3d4e5f6"_s); // lifted and placed again: now it plays
    QCOMPARE(m_player.calls, QStringList {u"play Bedtime Stories resume"_s});
}

void tst_TagPlaybackPolicy::actionCardRunsItsActionAndLiftingItDoesNothing()
{
    m_reader->place(u"04a1b2c3d4e5f6"_s); // Bedtime plays from its tag
    m_reader->remove(); // lifted: paused
    QCOMPARE(m_player.calls, QStringList({u"play Bedtime Stories resume"_s, u"pause"_s}));
    QVERIFY(m_actions->link(u"0ac0"_s, TagAction::Sleep30));
    m_lib->clearEvents();

    m_reader->place(u"0ac0"_s);
    QVERIFY(m_sleep->isActive());
    QCOMPARE(m_sleep->remainingMs(), qint64(30 * 60000));
    QCOMPARE(m_player.calls.size(), 2); // the tag rules never saw it
    QVERIFY(m_lib->eventsNamed(u"state:nfc_unknown_tag"_s).isEmpty());
    QCOMPARE(m_lib->eventNames().last(), u"nfc_status"_s);
    m_reader->remove();
    QCOMPARE(m_player.calls.size(), 2); // lifting it does nothing to the music
    QVERIFY(m_sleep->isActive());
}

void tst_TagPlaybackPolicy::actionCardPlacedDuringASessionIsLinked()
{
    QVERIFY(m_actions->link(u"0ac1"_s, TagAction::Next));
    QVERIFY(m_associations->startSession(m_animals));
    m_reader->place(u"0ac1"_s);
    QCOMPARE(m_associations->session(m_associations->sessionsJson()[0][u"session_id"_s].toString())->state,
             NfcSession::State::Success);
    QVERIFY(!m_actions->actionOf(u"0ac1"_s)); // a playlist's tag now, no longer a card
    QCOMPARE(m_lib->repository().findByTag(u"0ac1"_s)->id, m_animals);
}

void tst_TagPlaybackPolicy::oneNfcStatusLastPerReaderEvent()
{
    QVERIFY(m_associations->startSession(m_bedtime));
    m_lib->clearEvents();
    m_reader->place(u"99887766"_s); // unknown tag during a session: success + library events + one status
    const QStringList names = m_lib->eventNames();
    QCOMPARE(names.count(u"nfc_status"_s), 1);
    QCOMPARE(names.last(), u"nfc_status"_s);
    QCOMPARE(names.first(), u"nfc_association_state"_s);
    const QJsonObject status = m_lib->events().last().payload;
    QCOMPARE(status.value(u"current_tag_id"_s).toString(), u"99887766"_s);
    QCOMPARE(status.value(u"association_mode"_s).toBool(), false);
    QCOMPARE(m_lib->events().last().audience.rooms, QStringList {u"nfc"_s});

    m_lib->clearEvents();
    m_reader->remove();
    QCOMPARE(m_lib->eventNames(), QStringList {u"nfc_status"_s});
    QVERIFY(m_lib->events().last().payload.value(u"current_tag_id"_s).isNull());

    m_lib->clearEvents();
    m_reader->place(u"ffff1111"_s); // unknown, no session: the unknown-tag event, then the status
    QCOMPARE(m_lib->eventNames(), (QStringList {u"state:nfc_unknown_tag"_s, u"nfc_status"_s}));
}

void tst_TagPlaybackPolicy::statusDescribesReaderTagAndSessions()
{
    const auto session = m_associations->startSession(m_bedtime);
    const QJsonObject status = m_status->status();
    const QJsonObject reader = status.value(u"reader"_s).toObject();
    QCOMPARE(reader.value(u"available"_s).toBool(), true);
    QCOMPARE(reader.value(u"kind"_s).toString(), u"mock"_s);
    QVERIFY(reader.value(u"port"_s).isNull());
    QVERIFY(reader.value(u"last_error"_s).isNull());
    QVERIFY(status.value(u"current_tag_id"_s).isNull());
    QCOMPARE(status.value(u"association_mode"_s).toBool(), true);
    const QJsonArray sessions = status.value(u"active_sessions"_s).toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(u"session_id"_s).toString(), session->id);
    QCOMPARE(sessions.first().toObject().value(u"state"_s).toString(), u"waiting"_s);

    NfcStatusService none(m_lib->state, nullptr, *m_presence, *m_associations);
    QCOMPARE(none.status().value(u"reader"_s).toObject().value(u"kind"_s).toString(), u"none"_s);
    QCOMPARE(none.status().value(u"reader"_s).toObject().value(u"available"_s).toBool(), false);
}

QTEST_GUILESS_MAIN(tst_TagPlaybackPolicy)
#include "tst_tagplaybackpolicy.moc"
