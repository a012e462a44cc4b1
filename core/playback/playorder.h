// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// The order in which the playable tracks play (PROTOCOL.md §6.1 "Play order"): the identity, or with shuffle
// a random permutation that starts with the current track and never repeats one. Works on indices into the
// playable list; knows nothing about files.
class PlayOrder
{
public:
    // A fresh order over `count` tracks with `currentIndex` current (first when shuffled).
    void reset(int count, int currentIndex, bool shuffled);
    // Shuffle on: a new permutation starting with the current track. Off: track_number order.
    void setShuffled(bool shuffled);
    // After a library edit: `survivors` are the new indices of the kept tracks in their old play order;
    // tracks not listed are new and join at the end. `currentIndex` must be a new index.
    void rebuild(const QList<int> &survivors, int count, int currentIndex);

    bool isEmpty() const { return m_order.isEmpty(); }
    bool isShuffled() const { return m_shuffled; }
    int count() const { return int(m_order.size()); }
    int current() const; // index into the playable list, -1 when empty
    int position() const { return m_position; }
    int at(int position) const { return m_order.value(position, -1); }
    bool hasNext() const { return m_position + 1 < m_order.size(); }
    bool hasPrevious() const { return m_position > 0; }

    void moveToPosition(int position);

private:
    void shuffleFrom(int currentIndex);

    QList<int> m_order;
    int m_position = -1;
    bool m_shuffled = false;
};
