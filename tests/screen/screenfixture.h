// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeaudiobackend.h"
#include "manualclock.h"
#include "playlistharness.h"

#include "config/settings.h"
#include "library/languagesetting.h"
#include "library/pinrepository.h"
#include "library/resumepointrepository.h"
#include "library/tagrepository.h"
#include "nfc/associationservice.h"
#include "nfc/nfcstatusservice.h"
#include "nfc/tagactionservice.h"
#include "nfc/tagpresence.h"
#include "parental/idleshutdown.h"
#include "parental/parentauth.h"
#include "playback/playbackcontroller.h"
#include "playback/repositoryplayerlibrary.h"
#include "playback/trackprogressservice.h"
#include "screenservices.h"
#include "system/shutdowncommand.h"

#include <memory>

// The services the screen binds to, real except the audio device (FakeAudioBackend) and the clock of the
// association sessions: a SQLite library in a temporary folder, the player, the position ticks, the
// associations and nfc_status without a reader.
class ScreenFixture
{
public:
    ScreenFixture();
    bool isReady() const { return library.isValid(); }
    // A playlist with `tracks` real (tiny) files, so the player accepts them; its id.
    QString createPlaylist(const QString &title, int tracks);
    ScreenServices services();

    Settings settings;
    ManualClock clock;
    PlaylistHarness library;
    ResumePointRepository resumePoints {library.database()};
    RepositoryPlayerLibrary playerLibrary {library.repository(), resumePoints};
    PlaybackController player {PlaybackController::Config::fromSettings(settings), playerLibrary, clock};
    TrackProgressService progress {player, library.state, {}};
    FakeAudioBackend audio;
    TagPresence presence {clock, 1000, 500};
    AssociationService associations {library.playlists(), library.state, clock, {60000, 5}};
    TagRepository tags {library.database()};
    TagActionService tagActions {library.playlists(), tags, clock};
    NfcStatusService nfcStatus {library.state, nullptr, presence, associations};
    PinRepository pins {library.database()};
    ParentAuth parentAuth {{.iterations = 1000}, pins, clock};
    LanguageSetting language {library.database(), settings.language};
    class CountingShutdownCommand : public ShutdownCommand
    {
    public:
        bool run() override { return ++runs > 0; }
        int runs = 0;
    } shutdownCommand;
    IdleShutdown idleShutdown {{.minuteMs = 40, .warningMs = 20}, shutdownCommand, clock};
};
