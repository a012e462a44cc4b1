// SPDX-License-Identifier: GPL-3.0-or-later
#include "chimes.h"

#include "chimeoutput.h"
#include "library/melodysynth.h"
#include "playbackcontroller.h"
#include "system/logging.h"
#include "volumecurve.h"

Chimes::Chimes(ChimeOutput &output, const PlaybackController &player, std::function<bool()> soundsEnabled,
               QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_player(player)
    , m_soundsEnabled(std::move(soundsEnabled))
{ }

const QList<qint16> &Chimes::sound(Chime chime)
{
    QList<qint16> &sound = m_sounds.at(size_t(chime));
    if (sound.isEmpty())
        sound = ChimeSounds::render(chime);
    return sound;
}

double Chimes::gainNow() const
{
    if (m_player.isMuted())
        return 0.0;
    return VolumeCurve::gain(qMin(m_player.volume(), m_player.maxVolume())) * levelBelowMusic;
}

void Chimes::play(Chime chime)
{
    if (m_soundsEnabled && !m_soundsEnabled()) {
        qCDebug(lcPlayer).noquote() << "chime" << ChimeSounds::name(chime) << "not played: sounds are off";
        return;
    }
    const double gain = gainNow();
    if (gain <= 0.0) {
        qCDebug(lcPlayer).noquote() << "chime" << ChimeSounds::name(chime) << "not played: muted or at 0";
        return;
    }
    qCInfo(lcPlayer).noquote() << "chime" << ChimeSounds::name(chime);
    m_output.play(sound(chime), MelodySynth::sampleRate, gain);
    Q_EMIT played(chime, gain);
}
