// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/track.h"
#include "playorder.h"

#include <QList>

// The loaded playlist's playable tracks (track_number order) with their play order and the current one;
// knows how to keep its place when the library changes under it (PROTOCOL.md §6.1 "Library edits").
class PlayQueue
{
public:
    // How a rebuild kept its place: the current track stayed, or it went away and its successor in the old
    // play order (else its predecessor) became current.
    enum class Rebuilt { CurrentKept, Successor, Predecessor };

    static int indexOf(const QList<Track> &tracks, const QString &trackId);

    void load(QList<Track> playable, int startIndex, bool shuffled);
    void clear(bool shuffled);
    Rebuilt rebuild(QList<Track> playable); // `playable` must not be empty
    void setShuffled(bool shuffled) { m_order.setShuffled(shuffled); }

    const Track *current() const;
    const Track *atPosition(int position) const; // in play order; nullptr when out of range
    int currentIndex() const { return m_order.current(); }
    int count() const { return int(m_tracks.size()); }
    int position() const { return m_order.position(); }
    bool hasNext() const { return m_order.hasNext(); }
    bool hasPrevious() const { return m_order.hasPrevious(); }
    void moveToPosition(int position) { m_order.moveToPosition(position); }

private:
    QList<Track> m_tracks;
    PlayOrder m_order;
};
