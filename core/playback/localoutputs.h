// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

// The outputs of this machine that autoaudiosink could play to when no sound server answers. GstSinkChain
// passes over the ones that are not there, as it passes over pulsesink with no server: on a machine with no
// sound card, trying ALSA still loads libasound and, through ALSA's PulseAudio plugin, libpulse and the
// codecs it links (about 3 MB of the idle box), only to fail.
struct LocalOutputs
{
    // A sound card's playback device, or an ALSA configuration of the system's or the user's own (which may
    // name a Bluetooth or virtual device that has no card).
    bool alsa = false;
    bool oss = false; // an OSS device (/dev/dsp, or OSS 4's /dev/oss)

    // `root` and `home` are the file system's root and the user's home; tests give others.
    static LocalOutputs find(const QString &root = QStringLiteral("/"),
                             const QString &home = QDir::homePath());
};
