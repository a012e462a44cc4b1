// SPDX-License-Identifier: GPL-3.0-or-later
#include "playorder.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

void PlayOrder::reset(int count, int currentIndex, bool shuffled)
{
    m_shuffled = shuffled;
    m_order.resize(qMax(0, count));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_position = -1;
    if (count <= 0)
        return;
    currentIndex = qBound(0, currentIndex, count - 1);
    if (shuffled)
        shuffleFrom(currentIndex);
    else
        m_position = currentIndex;
}

void PlayOrder::setShuffled(bool shuffled)
{
    if (shuffled == m_shuffled)
        return;
    const int currentIndex = current();
    reset(count(), currentIndex < 0 ? 0 : currentIndex, shuffled);
}

void PlayOrder::rebuild(const QList<int> &survivors, int count, int currentIndex)
{
    if (!m_shuffled) {
        reset(count, currentIndex, false);
        return;
    }
    QList<bool> listed(count, false);
    m_order.clear();
    for (int index : survivors) {
        if (index >= 0 && index < count && !listed[index]) {
            listed[index] = true;
            m_order.append(index);
        }
    }
    QList<int> added;
    for (int index = 0; index < count; ++index) {
        if (!listed[index])
            added.append(index);
    }
    std::shuffle(added.begin(), added.end(), *QRandomGenerator::global());
    m_order += added;
    m_position = int(m_order.indexOf(currentIndex));
}

int PlayOrder::current() const
{
    return m_order.value(m_position, -1);
}

void PlayOrder::moveToPosition(int position)
{
    if (position >= 0 && position < m_order.size())
        m_position = position;
}

void PlayOrder::shuffleFrom(int currentIndex)
{
    m_order.removeOne(currentIndex);
    std::shuffle(m_order.begin(), m_order.end(), *QRandomGenerator::global());
    m_order.prepend(currentIndex);
    m_position = 0;
}
