// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "library/playlist.h"

// What the tag rules need from the player: a narrow view of PlaybackController, so TagPlaybackPolicy is
// tested over a fake in microseconds and never depends on the player's internals.
class TagPlayer
{
public:
    enum class State { Stopped, Playing, Paused };

    virtual ~TagPlayer() = default;

    virtual State state() const = 0;
    virtual QString loadedPlaylistId() const = 0; // empty: nothing loaded
    // Loads and plays; conflict {reason: no_playable_tracks} when there is nothing to play.
    virtual Status playPlaylist(const Playlist &playlist, bool resume) = 0;
    virtual void resume() = 0;
    virtual void pause() = 0;
};
