// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistlistmodel.h"

#include "library/coverstore.h"
#include "library/playlistservice.h"
#include "playback/playbackcontroller.h"
#include "realtime/statemanager.h"
#include "system/logging.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

PlaylistListModel::PlaylistListModel(PlaylistService &playlists, PlaybackController &player,
                                     StateManager &state, QString coversDir, QObject *parent)
    : QAbstractListModel(parent)
    , m_playlists(playlists)
    , m_player(player)
    , m_currentId(player.loadedPlaylistId())
    , m_coversDir(std::move(coversDir))
{
    m_syncSoon.setSingleShot(true);
    m_syncSoon.setInterval(0);
    connect(&m_syncSoon, &QTimer::timeout, this, &PlaylistListModel::sync);
    connect(&state, &StateManager::eventPublished, this,
            [this](const QString &event) { onEventPublished(event); });
    connect(&m_player, &PlaybackController::changed, this, &PlaylistListModel::onPlayerChanged);
    sync();
}

int PlaylistListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlaylistListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case PlaylistIdRole:
        return row.id;
    case LetterRole:
        return row.title.trimmed().left(1).toUpper();
    case TrackCountRole:
        return row.trackCount;
    case TagIdRole:
        return row.tagId;
    case CurrentRole:
        return !m_currentId.isEmpty() && row.id == m_currentId;
    case CoverUrlRole:
        return row.cover.isEmpty() || m_coversDir.isEmpty()
            ? QUrl()
            : QUrl::fromLocalFile(CoverStore(m_coversDir).pathOf(row.cover));
    default:
        return {};
    }
}

QHash<int, QByteArray> PlaylistListModel::roleNames() const
{
    return {{PlaylistIdRole, "playlistId"}, {TitleRole, "title"}, {LetterRole, "letter"},
            {TrackCountRole, "trackCount"}, {TagIdRole, "tagId"}, {CurrentRole, "current"},
            {CoverUrlRole, "coverUrl"}};
}

bool PlaylistListModel::play(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Status started = m_player.startPlaylist(m_rows.at(row).id, PlaybackController::StartMode::Resume);
    if (!started)
        qCInfo(lcUi).noquote() << "playlist" << m_rows.at(row).title
                               << "not started:" << started.error().message;
    return bool(started);
}

int PlaylistListModel::rowOf(const QString &playlistId) const
{
    return indexOf(playlistId);
}

QString PlaylistListModel::playlistIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString PlaylistListModel::titleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).title : QString();
}

PlaylistListModel::Row PlaylistListModel::rowFrom(const QJsonObject &summary)
{
    return {summary.value(u"id"_s).toString(), summary.value(u"title"_s).toString(),
            summary.value(u"track_count"_s).toInt(), summary.value(u"nfc_tag_id"_s).toString(),
            CoverStore::nameFromUrl(summary.value(u"cover_url"_s).toString())};
}

void PlaylistListModel::onEventPublished(const QString &event)
{
    // Titles, tags, track counts and the list order change only with these.
    if (event.startsWith("state:playlist"_L1) || event.startsWith("state:track_"_L1))
        m_syncSoon.start();
}

void PlaylistListModel::onPlayerChanged()
{
    const QString current = m_player.loadedPlaylistId();
    if (current == m_currentId)
        return;
    const QString old = std::exchange(m_currentId, current);
    for (const QString &id : {old, current}) {
        if (const int row = indexOf(id); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {CurrentRole});
    }
}

void PlaylistListModel::sync()
{
    QList<Row> fresh;
    const QJsonArray summaries = m_playlists.playlistsSnapshot().value(u"playlists"_s).toArray();
    fresh.reserve(summaries.size());
    for (const QJsonValue &summary : summaries)
        fresh.append(rowFrom(summary.toObject()));
    const qsizetype before = m_rows.size();
    removeMissing(fresh);
    placeInOrder(fresh);
    if (m_rows.size() != before)
        Q_EMIT countChanged();
}

void PlaylistListModel::removeMissing(const QList<Row> &fresh)
{
    QSet<QString> keep;
    for (const Row &row : fresh)
        keep.insert(row.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (keep.contains(m_rows.at(i).id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
}

// Walks the new order once: a row already in place is compared, one further down moves up, a new one is
// inserted. One edit (an updated playlist rises to the top) costs one move and one dataChanged.
void PlaylistListModel::placeInOrder(const QList<Row> &fresh)
{
    for (int i = 0; i < fresh.size(); ++i) {
        const Row &wanted = fresh.at(i);
        const int at = indexOf(wanted.id, i);
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, wanted);
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, at, at, {}, i);
            m_rows.move(at, i);
            endMoveRows();
        }
        if (m_rows.at(i) != wanted) {
            m_rows[i] = wanted;
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

int PlaylistListModel::indexOf(const QString &playlistId, int from) const
{
    if (playlistId.isEmpty())
        return -1;
    for (int i = from; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == playlistId)
            return i;
    }
    return -1;
}
