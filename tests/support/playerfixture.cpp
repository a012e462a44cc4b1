// SPDX-License-Identifier: GPL-3.0-or-later
#include "playerfixture.h"

using namespace Qt::StringLiterals;

PlayerFixture::PlayerFixture()
{
    clock.set(1'800'000'000'000);
    makeController();
}

void PlayerFixture::makeController(const PlaybackController::Config &config)
{
    controller.reset();
    controller = std::make_unique<PlaybackController>(config, library, clock);
    controller->attachBackend(&backend);
}

bool PlayerFixture::apply(const QString &action)
{
    if (action == "next"_L1)
        controller->next();
    else if (action == "previous"_L1)
        controller->previous();
    else if (action == "end"_L1)
        backend.finishTrack();
    else if (action == "join"_L1)
        backend.joinPreparedNext();
    else if (action == "pause"_L1)
        controller->pause();
    else if (action == "stop"_L1)
        controller->stop();
    else if (action == "play"_L1)
        controller->play();
    else if (action == "toggle"_L1)
        controller->togglePlayPause();
    else if (action.startsWith("at:"_L1))
        backend.setPosition(action.mid(3).toLongLong());
    else
        return false;
    return true;
}
