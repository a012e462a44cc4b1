// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>

// The box's short sounds (PROTOCOL.md §7.3 "Chimes"), one per moment a child should hear something happen.
enum class Chime { Ready, UnknownTag, TagLinked, Blocked };

// Renders each chime with the demo library's music-box synthesizer (16-bit mono at MelodySynth::sampleRate):
// a few notes and a short ringing tail, never longer than maxLengthMs, so a chime is over before a child
// reaches for the box again.
class ChimeSounds
{
public:
    static constexpr int maxLengthMs = 1000;
    static constexpr std::array<Chime, 4> all {Chime::Ready, Chime::UnknownTag, Chime::TagLinked,
                                               Chime::Blocked};

    static QList<qint16> render(Chime chime);
    static QString name(Chime chime); // for the log: ready, unknown_tag, tag_linked, blocked
    static qint64 lengthMs(const QList<qint16> &samples);
};
