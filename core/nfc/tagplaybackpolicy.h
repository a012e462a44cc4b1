// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class PlaylistRepository;
class StateManager;
class TagPlayer;

// The tag rules of PROTOCOL.md §6.3 outside association sessions: a known tag plays its playlist (from its
// resume point when TAG_RESUME_ENABLED), the loaded playlist's tag resumes it when paused and does nothing
// while playing, an unknown tag emits state:nfc_unknown_tag. The placed tag becomes the source tag; lifting
// the source tag while its playlist plays pauses (NFC_PAUSE_ON_REMOVAL); starting another playlist by other
// means clears it.
class TagPlaybackPolicy : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        bool resumeEnabled = true;
        bool pauseOnRemoval = true;
    };

    TagPlaybackPolicy(PlaylistRepository &playlists, TagPlayer &player, StateManager &state, Config config,
                      QObject *parent = nullptr);

    QString sourceTag() const { return m_sourceTag; }

    void handlePlaced(const QString &tagId);
    void handleRemoved(const QString &tagId);

public Q_SLOTS:
    // The player changed: a different playlist loaded by other means is no longer the tag's.
    void onPlayerChanged();

Q_SIGNALS:
    // A tag that belongs to no playlist was placed (after state:nfc_unknown_tag went out).
    void unknownTagPlaced(const QString &tagId);

private:
    PlaylistRepository &m_playlists;
    TagPlayer &m_player;
    StateManager &m_state;
    Config m_config;
    QString m_sourceTag;
    QString m_sourcePlaylistId;
};
