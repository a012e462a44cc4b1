// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkedtagsmodel.h"
#include "nowplayingviewmodel.h"
#include "parentmodeviewmodel.h"
#include "playlistlistmodel.h"
#include "screendimmer.h"
#include "screenservices.h"
#include "shutdownnoticeviewmodel.h"
#include "statusviewmodel.h"
#include "taglinkviewmodel.h"

// Every view model of the screen, built over the services in one place and owned together (members are
// declared in construction order). The QML receives them as required properties.
struct ScreenViewModels
{
    explicit ScreenViewModels(const ScreenServices &services);

    NowPlayingViewModel nowPlaying;
    PlaylistListModel playlists;
    TagLinkViewModel tagLink;
    StatusViewModel status;
    LinkedTagsModel linkedTags;
    ParentModeViewModel parentMode;
    ScreenDimmer dimmer;
    ShutdownNoticeViewModel shutdownNotice;
};
