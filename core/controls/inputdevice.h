// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlaction.h"

#include <QObject>

// A source of physical control commands (GPIO buttons and encoder on the box; fakes in tests).
class InputDevice : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool start() = 0; // false: see lastError(); the box runs on without physical controls
    virtual void stop() = 0;
    virtual QString lastError() const = 0;

Q_SIGNALS:
    void commandTriggered(const ControlCommand &command);
};
