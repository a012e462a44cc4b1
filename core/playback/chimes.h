// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chimesounds.h"

#include <QObject>

#include <functional>

class ChimeOutput;
class PlaybackController;

// Plays the box's chimes (PROTOCOL.md §7.3 "Chimes"): each is rendered once, on first use, and kept. A chime
// goes to its own ChimeOutput, mixed over whatever plays, and never touches the player, so the music goes on
// and a stopped player stays as it was. Whether sounds are on is asked at the moment of playing (the parents'
// `sounds_enabled`), so a change applies at once; the loudness is the player's volume, never above its
// current maximum (which holds the quiet-hours cap), and a muted box plays none.
class Chimes : public QObject
{
    Q_OBJECT
public:
    // The share of the music's gain at the same volume: a chime sits a little under the music.
    static constexpr double levelBelowMusic = 0.7;

    Chimes(ChimeOutput &output, const PlaybackController &player, std::function<bool()> soundsEnabled,
           QObject *parent = nullptr);

    // The rendered sound of `chime`.
    const QList<qint16> &sound(Chime chime);
    // The linear gain a chime would be played at now (0 = not heard).
    double gainNow() const;

public Q_SLOTS:
    // Plays `chime` now, unless sounds are off or nothing could be heard.
    void play(Chime chime);

Q_SIGNALS:
    void played(Chime chime, double gain);

private:
    ChimeOutput &m_output;
    const PlaybackController &m_player;
    std::function<bool()> m_soundsEnabled;
    std::array<QList<qint16>, ChimeSounds::all.size()> m_sounds; // by Chime; empty until first played
};
