// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Audio files that tests and benchmarks make themselves: a sine WAV written directly, converted to
// flac/ogg/mp3 with sox and to m4a (AAC) with gst-launch-1.0 when those tools are installed.
namespace AudioFixtures {
// 16-bit stereo 44.1 kHz PCM; `amplitude` 1.0 = full scale. Returns false if the file cannot be written.
bool writeSineWav(const QString &path, int durationMs, int frequencyHz = 440,
                  double amplitude = 8000.0 / 32767);
// Writes `<dir>/<stem>.<format>` (wav, flac, ogg, mp3, m4a) of `durationMs`; returns the path, or an empty
// string when the tool for that format is missing (the caller skips).
QString make(const QString &dir, const QString &stem, const QString &format, int durationMs);
} // namespace AudioFixtures
