// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Renders simple tunes to 16-bit mono samples with a soft, music-box-like timbre (a sine with two quiet
// harmonics, a gentle attack and a ringing decay), for the demo library. A voice is written as
// space-separated "<note><octave>:<beats>" tokens ("C5:1 G4:0.5 R:2", '#'/'b' for sharps and flats, R =
// rest).
class MelodySynth
{
public:
    struct Voice
    {
        QString notes;
        double gain = 1.0;
        double startBeat = 0; // a later entry turns the same notes into a round
        bool bass = false; // rounder, slower tone for accompaniment
    };

    static constexpr int sampleRate = 44100;

    static constexpr double defaultTailSeconds = 1.5;

    // Mixes the voices at `beatsPerMinute`, normalises to a comfortable level and fades the ends. The last
    // note rings on for `tailSeconds`, fading out over at most its last second (a chime keeps its tail
    // short).
    static QList<qint16> render(const QList<Voice> &voices, double beatsPerMinute,
                                double tailSeconds = defaultTailSeconds);
    // Frequency in Hz of a note such as "A4" (440), "C#5" or "Bb3"; 0 for a rest or a malformed note.
    static double frequency(QStringView note);
};
