// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkedtagsmodel.h"

#include "playlistlistmodel.h"

LinkedTagsModel::LinkedTagsModel(QAbstractItemModel &playlists, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(&playlists);
    // A tag linked or unlinked is a dataChanged of its row: the filter must look again.
    setDynamicSortFilter(true);
}

bool LinkedTagsModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !index.data(PlaylistListModel::TagIdRole).toString().isEmpty();
}
