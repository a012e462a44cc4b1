// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class Clock;

// Turns the reader's raw edges into placements and removals (PROTOCOL.md §6.2), timed on a monotonic Clock:
// a tag counts as removed only after it has gone unread for the grace period (a re-read within it reports
// nothing, so a wobbling tag never restarts anything). A placement of the same tag within the debounce window
// after its removal is held back: if it is gone again before the window ends it was a bounce and is ignored;
// if it is still there when the window ends it is a placement (a child who puts the tag straight back gets
// the music back).
class TagPresence : public QObject
{
    Q_OBJECT
public:
    TagPresence(const Clock &clock, int removalGraceMs, int debounceMs, QObject *parent = nullptr);

    QString currentTag() const { return m_current; }

    // Checks the pending removal and a held-back placement against the clock (the timers call it; tests with
    // a manual clock too).
    void evaluate();

public Q_SLOTS:
    void onTagDetected(const QString &uid);
    void onTagRemoved(const QString &uid);

Q_SIGNALS:
    void tagPlaced(const QString &uid);
    void tagRemoved(const QString &uid);

private:
    void confirmRemoval();
    void place(QString uid); // by value: callers pass m_heldBack, which place() clears

    const Clock &m_clock;
    int m_graceMs;
    int m_debounceMs;
    QString m_current;
    qint64 m_unreadSinceMs = -1; // -1: the current tag is being read
    QString m_heldBack; // the removed tag, read again inside the debounce window and not reported yet
    QString m_lastRemoved;
    qint64 m_lastRemovedAtMs = 0;
    QTimer m_graceTimer;
    QTimer m_debounceTimer;
};
