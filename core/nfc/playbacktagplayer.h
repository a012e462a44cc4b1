// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagplayer.h"

class PlaybackController;

// TagPlayer over the real PlaybackController: tags use the same commands as the API and the buttons.
class PlaybackTagPlayer : public TagPlayer
{
public:
    explicit PlaybackTagPlayer(PlaybackController &controller);

    State state() const override;
    QString loadedPlaylistId() const override;
    Status playPlaylist(const Playlist &playlist, bool resume) override;
    void resume() override;
    void pause() override;

private:
    PlaybackController &m_controller;
};
