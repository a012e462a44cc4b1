// SPDX-License-Identifier: GPL-3.0-or-later
#include "idleshutdownnotifier.h"

#include "idleshutdown.h"
#include "realtime/statemanager.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

IdleShutdownNotifier::IdleShutdownNotifier(IdleShutdown &idle, StateManager &state, QObject *parent)
    : QObject(parent)
{
    connect(&idle, &IdleShutdown::shutdownPending, this, [&state](qint64 inMs) {
        state.publishFlat(u"system:shutdown_pending"_s, {{u"in_ms"_s, inMs}}, Audience::global());
    });
    connect(&idle, &IdleShutdown::shutdownCancelled, this,
            [&state] { state.publishFlat(u"system:shutdown_cancelled"_s, {}, Audience::global()); });
}
