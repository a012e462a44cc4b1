// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Starts GStreamer for the box: every part that builds a pipeline starts it here, so each pipeline picks its
// elements the same way.
namespace GstStartup {

// gst_init (once per process; later calls only report), then the box's element choices: an MP3 is decoded by
// mpg123 rather than libav (same rank, and libav's won by name: it mapped libavcodec, 30 MB more RSS while an
// MP3 played, and cost 20 % more CPU), and autoaudiosink never tries JACK (a server a music box does not run;
// trying it loads libjack and Berkeley DB, 2.3 MB). On failure `error` (if given) says why.
bool start(QString *error = nullptr);

// autoaudiosink and decodebin pass the element over from now on, in this process only; it can still be
// made by name.
void passOver(const char *factoryName);

} // namespace GstStartup
