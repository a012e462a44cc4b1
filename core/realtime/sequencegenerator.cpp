// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencegenerator.h"

#include "sequencestore.h"
#include "system/logging.h"

SequenceGenerator::SequenceGenerator(SequenceStore *store, qint64 blockSize)
    : m_store(store)
    , m_blockSize(qMax<qint64>(1, blockSize))
{ }

void SequenceGenerator::restore()
{
    m_restored = true;
    if (!m_store)
        return;
    const qint64 saved = m_store->load().value_or(0);
    // Never go below what this run already handed out (restore called late).
    m_current = qMax(m_current, saved);
    m_ceiling = m_current;
    qCInfo(lcRealtime) << "server_seq continues after" << m_current;
}

qint64 SequenceGenerator::next()
{
    if (!m_restored)
        restore();
    ++m_current;
    // A failed save is retried with every number until it works: better a write per event for a while
    // than numbers that could repeat after a crash.
    if (m_store && (m_current > m_ceiling || m_saveFailed))
        saveCeiling(qMax(m_ceiling, m_current - 1) + m_blockSize);
    else if (!m_store)
        m_ceiling = qMax(m_ceiling, m_current);
    return m_current;
}

void SequenceGenerator::flush()
{
    if (m_store && m_restored && saveCeiling(m_current))
        qCInfo(lcRealtime) << "server_seq saved at" << m_current;
}

bool SequenceGenerator::saveCeiling(qint64 ceiling)
{
    if (m_store->save(ceiling)) {
        m_ceiling = ceiling;
        m_saveFailed = false;
        return true;
    }
    if (!m_saveFailed)
        qCWarning(lcRealtime) << "cannot save the server_seq ceiling" << ceiling
                              << "- retrying with the next event";
    m_saveFailed = true;
    return false;
}

bool SequenceGenerator::notePlaylistSeq(const QString &playlistId, qint64 revision)
{
    auto it = m_playlistSeqs.find(playlistId);
    if (it != m_playlistSeqs.end() && revision < *it) {
        qCWarning(lcRealtime) << "playlist" << playlistId << "revision went back from" << *it << "to"
                              << revision;
        return false;
    }
    m_playlistSeqs.insert(playlistId, revision);
    return true;
}
