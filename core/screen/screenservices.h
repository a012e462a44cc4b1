// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AssociationService;
class IdleShutdown;
class LanguageSetting;
class NfcStatusService;
class ParentAuth;
class PlaybackController;
class PlaylistService;
class StateManager;
class TagActionService;
class TrackProgressService;
struct Settings;

// The services the screen binds to, handed over by the composition root once they exist. The screen uses
// exactly these objects (no HTTP, no copies), so it shows the state every web page shows.
struct ScreenServices
{
    const Settings &settings;
    PlaybackController &player;
    TrackProgressService &progress;
    PlaylistService &playlists;
    StateManager &state;
    AssociationService &associations;
    TagActionService &tagActions;
    NfcStatusService &nfcStatus;
    ParentAuth &parentAuth;
    LanguageSetting &language;
    IdleShutdown &idleShutdown;
};
