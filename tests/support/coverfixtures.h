// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

// Pictures and audio files with pictures that the cover tests make themselves: images drawn with QImage,
// pictures embedded with TagLib in whatever audio AudioFixtures made, and hostile images built byte by byte.
namespace CoverFixtures {
// A JPEG or PNG (format "jpeg"/"png") of w x h, filled with `rgb`; alpha 0..255 for PNG.
QByteArray image(const char *format, int width, int height, unsigned rgb = 0x3366cc, int alpha = 255);
// A PNG whose header declares width x height but whose pixel data is a few bytes: a decoder bomb.
QByteArray pngHeaderOnly(int width, int height);
// Embeds `picture` in the audio file at `path` (mp3/wav/aiff: ID3v2 APIC; flac: picture block; ogg, opus:
// METADATA_BLOCK_PICTURE; m4a: covr). frontCover false = APIC/picture type "other".
bool embed(const QString &path, const QByteArray &picture, bool frontCover = true);
// The pixel size of a stored cover (a JPEG), invalid when it cannot be read.
QSize jpegSize(const QString &path);
} // namespace CoverFixtures
