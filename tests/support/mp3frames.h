// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The MPEG-1/2 Layer III frames of an MP3 file without its ID3 tags and its Xing/Info/VBRI header frame:
// bytes that repeat into an endless stream a decoder takes for a live radio (no length anywhere). Empty when
// the data holds no such frames.
namespace Mp3Frames {
QByteArray audioFrames(const QByteArray &file);
// The length of the frame whose header starts at `header` (at least 4 bytes), or 0 if it is not one.
int frameLength(const char *header);
} // namespace Mp3Frames
