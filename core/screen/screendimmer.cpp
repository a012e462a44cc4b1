// SPDX-License-Identifier: GPL-3.0-or-later
#include "screendimmer.h"

#include "system/logging.h"

ScreenDimmer::ScreenDimmer(int dimAfterSec, QObject *parent)
    : QObject(parent)
    , m_dimAfterSec(qBound(0, dimAfterSec, maxDimAfterSec))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { setDimmed(true); });
    restart();
}

bool ScreenDimmer::setDimAfterSec(int seconds)
{
    if (seconds < 0 || seconds > maxDimAfterSec)
        return false;
    if (seconds != m_dimAfterSec) {
        m_dimAfterSec = seconds;
        qCInfo(lcUi) << "the screen dims after" << seconds << "s (0: never)";
        Q_EMIT dimAfterSecChanged();
    }
    wake();
    return true;
}

void ScreenDimmer::wake()
{
    setDimmed(false);
    restart();
}

void ScreenDimmer::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    Q_EMIT dimmedChanged();
}

void ScreenDimmer::restart()
{
    if (m_dimAfterSec == 0) {
        m_idle.stop();
        return;
    }
    m_idle.start(m_dimAfterSec * 1000);
}
