// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

using GstElement = struct _GstElement;
using GstMessage = struct _GstMessage;

// GStreamer posts bus messages on its own threads. This hands the ones the box reacts to (error, end of
// stream, stream start, async done, duration, tags) to a handler on the context object's thread, in order,
// through Qt's event queue, so it works under any event dispatcher. Messages for a destroyed context are
// dropped.
namespace GstBusForwarder {
void forward(GstElement *pipeline, QObject *context, std::function<void(GstMessage *)> handler);
void stop(GstElement *pipeline); // before the pipeline or the context goes
} // namespace GstBusForwarder
