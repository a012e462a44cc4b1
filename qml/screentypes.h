// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkedtagsmodel.h"
#include "nowplayingviewmodel.h"
#include "parentmodeviewmodel.h"
#include "playlistlistmodel.h"
#include "screendimmer.h"
#include "shutdownnoticeviewmodel.h"
#include "statusviewmodel.h"
#include "taglinkviewmodel.h"

#include <QtQml/qqml.h>

// The view models of core/screen as QML types: known to qmllint and to the compiler of the QML, created only
// by C++ (the QML receives them as required properties).
struct NowPlayingViewModelForeign
{
    Q_GADGET
    QML_FOREIGN(NowPlayingViewModel)
    QML_NAMED_ELEMENT(NowPlayingViewModel)
    QML_UNCREATABLE("Made by the box")
};

struct PlaylistListModelForeign
{
    Q_GADGET
    QML_FOREIGN(PlaylistListModel)
    QML_NAMED_ELEMENT(PlaylistListModel)
    QML_UNCREATABLE("Made by the box")
};

struct TagLinkViewModelForeign
{
    Q_GADGET
    QML_FOREIGN(TagLinkViewModel)
    QML_NAMED_ELEMENT(TagLinkViewModel)
    QML_UNCREATABLE("Made by the box")
};

struct StatusViewModelForeign
{
    Q_GADGET
    QML_FOREIGN(StatusViewModel)
    QML_NAMED_ELEMENT(StatusViewModel)
    QML_UNCREATABLE("Made by the box")
};

struct ParentModeViewModelForeign
{
    Q_GADGET
    QML_FOREIGN(ParentModeViewModel)
    QML_NAMED_ELEMENT(ParentModeViewModel)
    QML_UNCREATABLE("Made by the box")
};

struct LinkedTagsModelForeign
{
    Q_GADGET
    QML_FOREIGN(LinkedTagsModel)
    QML_NAMED_ELEMENT(LinkedTagsModel)
    QML_UNCREATABLE("Made by the box")
};

struct ScreenDimmerForeign
{
    Q_GADGET
    QML_FOREIGN(ScreenDimmer)
    QML_NAMED_ELEMENT(ScreenDimmer)
    QML_UNCREATABLE("Made by the box")
};

struct ShutdownNoticeViewModelForeign
{
    Q_GADGET
    QML_FOREIGN(ShutdownNoticeViewModel)
    QML_NAMED_ELEMENT(ShutdownNoticeViewModel)
    QML_UNCREATABLE("Made by the box")
};
