// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Whether the parents' rules let a playlist play now (quiet hours, the daily budget). PlaybackController asks
// it before every start or resume, whatever asked for it (HTTP, a tag, a button, the screen); the rules live
// above the player and answer through this small interface.
class PlaybackGate
{
public:
    struct Block
    {
        QString reason; // "quiet_hours" | "budget"
        qint64 untilUnixMs = 0; // when it may play again
    };

    virtual ~PlaybackGate() = default;
    virtual std::optional<Block> blocks(const QString &playlistId) const = 0;
};
