// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenviewmodels.h"

#include "config/settings.h"
#include "library/coverstore.h"
#include "nfc/nfcstatusservice.h"
#include "system/machineprobe.h"

ScreenViewModels::ScreenViewModels(const ScreenServices &services)
    : nowPlaying(services.player, services.progress, services.settings.volumeMin, services.settings.volumeMax,
                 CoverStore::folderIn(services.settings.dataDir))
    , playlists(services.playlists, services.player, services.state,
                CoverStore::folderIn(services.settings.dataDir))
    , tagLink(services.associations, services.tagActions, services.state, services.settings.nfcScanTimeoutMs)
    , status(services.nfcStatus, services.state,
             [dataDir = services.settings.dataDir] { return MachineProbe::storage(dataDir); })
    , linkedTags(playlists)
    , parentMode(services.associations, linkedTags, services.parentAuth, services.language)
    , dimmer(services.settings.screenDimSec)
    , shutdownNotice(services.idleShutdown)
{
    // A tag wakes the screen: placing or lifting one changes nfc_status.
    QObject::connect(&services.nfcStatus, &NfcStatusService::published, &dimmer, &ScreenDimmer::wake);
    // The shutdown's warning must be seen.
    QObject::connect(&shutdownNotice, &ShutdownNoticeViewModel::changed, &dimmer, &ScreenDimmer::wake);
}
