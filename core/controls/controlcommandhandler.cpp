// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlcommandhandler.h"

#include "playback/playbackcontroller.h"
#include "system/logging.h"

ControlCommandHandler::ControlCommandHandler(PlaybackController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{ }

void ControlCommandHandler::execute(const ControlCommand &command)
{
    switch (command.action) {
    case ControlAction::None:
        return;
    case ControlAction::TogglePlayPause:
        if (!m_controller.isLoaded()) {
            const QString last = m_controller.lastActivePlaylistId();
            if (last.isEmpty())
                return;
            if (const Status started
                = m_controller.startPlaylist(last, PlaybackController::StartMode::Resume);
                !started)
                qCInfo(lcControls).noquote() << "nothing to play:" << started.error().message;
            return;
        }
        m_controller.togglePlayPause();
        return;
    case ControlAction::Next:
        m_controller.next();
        return;
    case ControlAction::Previous:
        m_controller.previous();
        return;
    case ControlAction::VolumeUp:
        m_controller.volumeStep(command.steps);
        return;
    case ControlAction::VolumeDown:
        m_controller.volumeStep(-command.steps);
        return;
    }
}
