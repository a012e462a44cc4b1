// SPDX-License-Identifier: GPL-3.0-or-later
#include "shutdownnoticeviewmodel.h"

#include "parental/idleshutdown.h"

ShutdownNoticeViewModel::ShutdownNoticeViewModel(IdleShutdown &idle, QObject *parent)
    : QObject(parent)
    , m_idle(idle)
{
    connect(&idle, &IdleShutdown::shutdownPending, this, [this](qint64 inMs) {
        m_pending = true;
        m_secondsLeft = int((inMs + 999) / 1000);
        Q_EMIT changed();
    });
    connect(&idle, &IdleShutdown::shutdownCancelled, this, [this] {
        if (!m_pending)
            return;
        m_pending = false;
        Q_EMIT changed();
    });
    m_pending = idle.isPending();
}

void ShutdownNoticeViewModel::keepOn()
{
    m_idle.noteActivity();
}
