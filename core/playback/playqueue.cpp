// SPDX-License-Identifier: GPL-3.0-or-later
#include "playqueue.h"

#include <QStringList>

int PlayQueue::indexOf(const QList<Track> &tracks, const QString &trackId)
{
    for (int i = 0; i < tracks.size(); ++i) {
        if (tracks[i].id == trackId)
            return i;
    }
    return -1;
}

void PlayQueue::load(QList<Track> playable, int startIndex, bool shuffled)
{
    m_tracks = std::move(playable);
    m_order.reset(int(m_tracks.size()), startIndex, shuffled);
}

void PlayQueue::clear(bool shuffled)
{
    m_tracks.clear();
    m_order.reset(0, 0, shuffled);
}

PlayQueue::Rebuilt PlayQueue::rebuild(QList<Track> playable)
{
    QStringList oldOrder;
    for (int position = 0; position < m_order.count(); ++position)
        oldOrder.append(m_tracks[m_order.at(position)].id);
    const int oldPosition = m_order.position();
    QList<int> survivors;
    for (const QString &id : std::as_const(oldOrder)) {
        if (const int index = indexOf(playable, id); index >= 0)
            survivors.append(index);
    }
    m_tracks = std::move(playable);
    const int count = int(m_tracks.size());

    if (const int currentIndex = indexOf(m_tracks, oldOrder.value(oldPosition)); currentIndex >= 0) {
        m_order.rebuild(survivors, count, currentIndex);
        return Rebuilt::CurrentKept;
    }
    for (int position = oldPosition + 1; position < oldOrder.size(); ++position) {
        if (const int index = indexOf(m_tracks, oldOrder[position]); index >= 0) {
            m_order.rebuild(survivors, count, index);
            return Rebuilt::Successor;
        }
    }
    int replacement = 0; // none of the old tracks is left: the first new one
    for (int position = oldPosition - 1; position >= 0; --position) {
        if (const int index = indexOf(m_tracks, oldOrder[position]); index >= 0) {
            replacement = index;
            break;
        }
    }
    m_order.rebuild(survivors, count, replacement);
    return Rebuilt::Predecessor;
}

const Track *PlayQueue::current() const
{
    const int index = m_order.current();
    return index >= 0 && index < m_tracks.size() ? &m_tracks[index] : nullptr;
}

const Track *PlayQueue::atPosition(int position) const
{
    if (position < 0 || position >= m_tracks.size())
        return nullptr;
    const int index = m_order.at(position);
    return index >= 0 && index < m_tracks.size() ? &m_tracks[index] : nullptr;
}
