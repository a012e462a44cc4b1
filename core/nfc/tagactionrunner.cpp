// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagactionrunner.h"

#include "playback/playbackcontroller.h"
#include "playback/sleeptimer.h"
#include "system/logging.h"

using namespace Qt::StringLiterals;
using Repeat = PlaybackController::Repeat;

namespace {
Repeat nextRepeat(Repeat mode)
{
    switch (mode) {
    case Repeat::None:
        return Repeat::Playlist;
    case Repeat::Playlist:
        return Repeat::Track;
    case Repeat::Track:
        break;
    }
    return Repeat::None;
}
} // namespace

TagActionRunner::TagActionRunner(PlaybackController &player, SleepTimer &sleep)
    : m_player(player)
    , m_sleep(sleep)
{ }

void TagActionRunner::perform(TagAction action)
{
    PlaybackController::Outcome outcome {true, u"sleep timer set"_s};
    switch (action) {
    case TagAction::Pause:
        outcome = m_player.pause();
        break;
    case TagAction::Stop:
        outcome = m_player.stop();
        break;
    case TagAction::Next:
        outcome = m_player.next();
        break;
    case TagAction::Previous:
        outcome = m_player.previous();
        break;
    case TagAction::VolumeUp:
        outcome = m_player.volumeStep(+1);
        break;
    case TagAction::VolumeDown:
        outcome = m_player.volumeStep(-1);
        break;
    case TagAction::Shuffle:
        outcome = m_player.setShuffle(!m_player.isShuffled());
        break;
    case TagAction::Repeat:
        outcome = m_player.setRepeat(nextRepeat(m_player.repeat()));
        break;
    case TagAction::Sleep15:
        m_sleep.start(15);
        break;
    case TagAction::Sleep30:
        m_sleep.start(30);
        break;
    case TagAction::Sleep60:
        m_sleep.start(60);
        break;
    }
    qCInfo(lcNfc).noquote() << "action card" << TagActions::name(action) << "->" << outcome.message;
}
