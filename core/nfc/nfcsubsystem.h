// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "associationservice.h"
#include "common/clock.h"
#include "nfcstatusservice.h"
#include "playbacktagplayer.h"
#include "tagactionrunner.h"
#include "tagactionservice.h"
#include "tagdispatcher.h"
#include "tagplaybackpolicy.h"
#include "tagpresence.h"

#include <memory>

class HealthStatus;
class NfcReader;
class PlaybackController;
class PlaylistService;
class SimulatedReader;
class SleepTimer;
class StateManager;
class TagRepository;
struct Settings;

// The NFC services of one box, built and connected in one place for the composition root: the reader chosen
// by NFC_READER (none | simulated | pn532:<port> | pn532-i2c:<device>[@<address>]), tag presence, association
// sessions, the tag rules over the player, nfc_status and the health flag. The reader starts only when
// start() is called (after listening).
class NfcSubsystem
{
public:
    NfcSubsystem(const Settings &settings, PlaylistService &playlists, PlaybackController &player,
                 SleepTimer &sleep, TagRepository &tags, StateManager &state, HealthStatus &health,
                 const Clock &clock);
    // With a reader built elsewhere (null for none): the tests' and benchmarks' readers on fake devices.
    NfcSubsystem(std::unique_ptr<NfcReader> reader, const Settings &settings, PlaylistService &playlists,
                 PlaybackController &player, SleepTimer &sleep, TagRepository &tags, StateManager &state,
                 HealthStatus &health, const Clock &clock);
    ~NfcSubsystem();

    void start();
    void stop();

    AssociationService &associations() { return m_associations; }
    TagActionService &actions() { return m_actions; }
    NfcStatusService &status() { return m_status; }
    TagPresence &presence() { return m_presence; }
    TagPlaybackPolicy &playbackPolicy() { return m_policy; }
    SimulatedReader *simulatedReader() const { return m_simulated; } // null unless NFC_READER=simulated
    NfcReader *reader() const { return m_reader.get(); }

    // The reader named by a NFC_READER value (null for none).
    static std::unique_ptr<NfcReader> createReader(const QString &setting);

private:
    HealthStatus &m_health;
    std::unique_ptr<NfcReader> m_reader;
    SimulatedReader *m_simulated = nullptr;
    TagPresence m_presence;
    AssociationService m_associations;
    NfcStatusService m_status;
    TagActionService m_actions;
    TagActionRunner m_runner;
    PlaybackTagPlayer m_tagPlayer;
    TagPlaybackPolicy m_policy;
    TagDispatcher m_dispatcher;
};
