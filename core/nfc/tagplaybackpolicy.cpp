// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagplaybackpolicy.h"

#include "library/playlistrepository.h"
#include "realtime/statemanager.h"
#include "system/logging.h"
#include "tagplayer.h"

using namespace Qt::StringLiterals;

TagPlaybackPolicy::TagPlaybackPolicy(PlaylistRepository &playlists, TagPlayer &player, StateManager &state,
                                     Config config, QObject *parent)
    : QObject(parent)
    , m_playlists(playlists)
    , m_player(player)
    , m_state(state)
    , m_config(config)
{ }

void TagPlaybackPolicy::handlePlaced(const QString &tagId)
{
    const std::optional<Playlist> playlist = m_playlists.findByTag(tagId);
    if (!playlist) {
        qCInfo(lcNfc) << "unknown tag" << tagId;
        m_state.publishState(u"state:nfc_unknown_tag"_s, QJsonObject {{u"tag_id"_s, tagId}},
                             Audience::to({Rooms::playlists(), Rooms::nfc()}));
        Q_EMIT unknownTagPlaced(tagId);
        return;
    }
    const bool loaded = m_player.loadedPlaylistId() == playlist->id;
    const TagPlayer::State state = m_player.state();
    if (loaded && state == TagPlayer::State::Playing) {
        m_sourceTag = tagId;
        m_sourcePlaylistId = playlist->id;
        return;
    }
    if (loaded && state == TagPlayer::State::Paused) {
        m_sourceTag = tagId;
        m_sourcePlaylistId = playlist->id;
        m_player.resume();
        return;
    }
    // Set first: the player's change notification must already see this tag as the source.
    const QString previousTag = std::exchange(m_sourceTag, tagId);
    const QString previousPlaylist = std::exchange(m_sourcePlaylistId, playlist->id);
    const Status started = m_player.playPlaylist(*playlist, m_config.resumeEnabled);
    if (!started) {
        m_sourceTag = previousTag;
        m_sourcePlaylistId = previousPlaylist;
        qCInfo(lcNfc).noquote() << "tag" << tagId << "of" << playlist->title
                                << "plays nothing:" << started.error().message;
    }
}

void TagPlaybackPolicy::handleRemoved(const QString &tagId)
{
    if (tagId.isEmpty() || tagId != m_sourceTag)
        return;
    const QString playlistId = std::exchange(m_sourcePlaylistId, QString());
    m_sourceTag.clear();
    if (m_config.pauseOnRemoval && m_player.state() == TagPlayer::State::Playing
        && m_player.loadedPlaylistId() == playlistId)
        m_player.pause();
}

void TagPlaybackPolicy::onPlayerChanged()
{
    if (!m_sourceTag.isEmpty() && m_player.loadedPlaylistId() != m_sourcePlaylistId) {
        m_sourceTag.clear();
        m_sourcePlaylistId.clear();
    }
}
