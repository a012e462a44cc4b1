// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenviewmodels.h"

#include "config/settings.h"
#include "library/coverstore.h"

ScreenViewModels::ScreenViewModels(const ScreenServices &services)
    : nowPlaying(services.player, services.progress, services.settings.volumeMin, services.settings.volumeMax,
                 CoverStore::folderIn(services.settings.dataDir))
    , playlists(services.playlists, services.player, services.state,
                CoverStore::folderIn(services.settings.dataDir))
    , tagLink(services.associations, services.state, services.settings.nfcScanTimeoutMs)
    , status(services.nfcStatus, services.state)
    , linkedTags(playlists)
    , parentMode(services.associations, linkedTags, services.parentAuth, services.settings.language)
{ }
