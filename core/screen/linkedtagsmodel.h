// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// The playlists that own a tag, for the parents' tag list: a filter over PlaylistListModel, so it follows the
// library with the same row-level changes.
class LinkedTagsModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LinkedTagsModel(QAbstractItemModel &playlists, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};
