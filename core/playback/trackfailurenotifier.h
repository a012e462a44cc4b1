// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class PlaybackController;
class StateManager;

// Turns the player's trackFailed (a file that cannot be played, a stream given up after its reconnects) into
// state:track_failed for the `playlists` room (PROTOCOL.md §5.4), so the page and the screen can say why the
// box moved on.
class TrackFailureNotifier : public QObject
{
    Q_OBJECT
public:
    TrackFailureNotifier(PlaybackController &player, StateManager &state, QObject *parent = nullptr);
};
