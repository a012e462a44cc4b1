// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpresence.h"

#include "clock.h"
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
    if (m_current.isEmpty() && uid == m_lastRemoved && now - m_lastRemovedAtMs < m_debounceMs) {
        qCDebug(lcNfc) << "tag" << uid << "back within the debounce window; ignored";
        m_suppressed = uid;
        return;
    }
    // Another tag replaces the current one: that is a placement of the new tag, not a removal first.
    m_suppressed.clear();
    m_current = uid;
    m_unreadSinceMs = -1;
    m_graceTimer.stop();
    qCInfo(lcNfc) << "tag placed:" << uid;
    Q_EMIT tagPlaced(uid);
}

void TagPresence::onTagRemoved(const QString &uid)
{
    if (uid == m_suppressed) {
        m_suppressed.clear();
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
