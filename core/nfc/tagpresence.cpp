// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpresence.h"

#include "common/clock.h"
#include "system/logging.h"

TagPresence::TagPresence(const Clock &clock, int removalGraceMs, int debounceMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_graceMs(qMax(0, removalGraceMs))
    , m_debounceMs(qMax(0, debounceMs))
{
    m_graceTimer.setSingleShot(true);
    m_graceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_graceTimer, &QTimer::timeout, this, &TagPresence::evaluate);
    m_debounceTimer.setSingleShot(true);
    m_debounceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_debounceTimer, &QTimer::timeout, this, &TagPresence::evaluate);
}

void TagPresence::onTagDetected(const QString &uid)
{
    if (uid.isEmpty())
        return;
    if (uid == m_current) {
        // Read again within the grace period: it never left.
        m_unreadSinceMs = -1;
        m_graceTimer.stop();
        return;
    }
    const qint64 now = m_clock.nowMs();
    const qint64 sinceRemoval = now - m_lastRemovedAtMs;
    if (m_current.isEmpty() && uid == m_lastRemoved && sinceRemoval < m_debounceMs) {
        qCDebug(lcNfc) << "tag" << uid << "back within the debounce window; placed if it stays";
        m_heldBack = uid;
        m_debounceTimer.start(int(m_debounceMs - sinceRemoval));
        return;
    }
    // Another tag replaces the current one: that is a placement of the new tag, not a removal first.
    place(uid);
}

void TagPresence::place(QString uid)
{
    m_heldBack.clear();
    m_debounceTimer.stop();
    m_current = uid;
    m_unreadSinceMs = -1;
    m_graceTimer.stop();
    qCInfo(lcNfc) << "tag placed:" << uid;
    Q_EMIT tagPlaced(uid);
}

void TagPresence::onTagRemoved(const QString &uid)
{
    if (uid == m_heldBack) {
        // Gone again inside the debounce window: a bounce.
        m_heldBack.clear();
        m_debounceTimer.stop();
        return;
    }
    if (uid != m_current || m_unreadSinceMs >= 0)
        return;
    m_unreadSinceMs = m_clock.nowMs();
    if (m_graceMs == 0) {
        confirmRemoval();
        return;
    }
    m_graceTimer.start(m_graceMs);
}

void TagPresence::evaluate()
{
    if (!m_heldBack.isEmpty()) {
        const qint64 sinceRemoval = m_clock.nowMs() - m_lastRemovedAtMs;
        if (sinceRemoval >= m_debounceMs)
            place(m_heldBack); // still there when the window ended (§6.2)
        else
            m_debounceTimer.start(int(m_debounceMs - sinceRemoval));
        return;
    }
    if (m_current.isEmpty() || m_unreadSinceMs < 0)
        return;
    const qint64 unreadFor = m_clock.nowMs() - m_unreadSinceMs;
    if (unreadFor >= m_graceMs) {
        confirmRemoval();
        return;
    }
    m_graceTimer.start(int(m_graceMs - unreadFor));
}

void TagPresence::confirmRemoval()
{
    m_graceTimer.stop();
    const QString uid = std::exchange(m_current, QString());
    m_unreadSinceMs = -1;
    m_lastRemoved = uid;
    m_lastRemovedAtMs = m_clock.nowMs();
    qCInfo(lcNfc) << "tag removed:" << uid;
    Q_EMIT tagRemoved(uid);
}
