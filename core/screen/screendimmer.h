// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

// Whether the screen is dimmed: after `dimAfterSec` without a touch or a tag it is, and a touch or a tag
// makes it bright again. The QML only draws the dark overlay from `dimmed`; a dim screen that nothing changes
// does not redraw.
class ScreenDimmer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dimmed READ isDimmed NOTIFY dimmedChanged)
    Q_PROPERTY(int dimAfterSec READ dimAfterSec NOTIFY dimAfterSecChanged)

public:
    static constexpr int maxDimAfterSec = 86400;

    // `dimAfterSec`: SCREEN_DIM_SEC; 0 = never.
    explicit ScreenDimmer(int dimAfterSec, QObject *parent = nullptr);

    bool isDimmed() const { return m_dimmed; }
    int dimAfterSec() const { return m_dimAfterSec; }
    // The parents' settings: 0 (never) to maxDimAfterSec; false (unchanged) outside.
    Q_INVOKABLE bool setDimAfterSec(int seconds);
    // A touch or a tag: bright again, and the idle time starts again.
    Q_INVOKABLE void wake();

Q_SIGNALS:
    void dimmedChanged();
    void dimAfterSecChanged();

private:
    void setDimmed(bool dimmed);
    void restart();

    QTimer m_idle;
    int m_dimAfterSec = 0;
    bool m_dimmed = false;
};
