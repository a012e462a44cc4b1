// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlaction.h"

#include <QObject>

class PlaybackController;

// Physical controls drive the same PlaybackController commands as the API (PROTOCOL.md §6.1 "Buttons"):
// next, previous, encoder push = toggle (with nothing loaded it plays the last active playlist), encoder
// rotation = volume ± VOLUME_STEP per step.
class ControlCommandHandler : public QObject
{
    Q_OBJECT
public:
    explicit ControlCommandHandler(PlaybackController &controller, QObject *parent = nullptr);

public Q_SLOTS:
    void execute(const ControlCommand &command);

private:
    PlaybackController &m_controller;
};
