// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxsnapshots.h"

BoxSnapshots::BoxSnapshots(Hooks hooks)
    : m_hooks(std::move(hooks))
{
    Q_ASSERT(m_hooks.playlists && m_hooks.playerState && m_hooks.trackPosition && m_hooks.playlist
             && m_hooks.nfcStatus);
}
