// SPDX-License-Identifier: GPL-3.0-or-later
#include "gstbusforwarder.h"

#include <QPointer>

#include <gst/gst.h>

#include <memory>

namespace {

struct Target
{
    QPointer<QObject> context;
    std::function<void(GstMessage *)> handler;
};

bool isForwarded(GstMessageType type)
{
    switch (type) {
    case GST_MESSAGE_ERROR:
    case GST_MESSAGE_EOS:
    case GST_MESSAGE_STREAM_START:
    case GST_MESSAGE_ASYNC_DONE:
    case GST_MESSAGE_DURATION_CHANGED:
    case GST_MESSAGE_TAG:
        return true;
    default:
        return false;
    }
}

GstBusSyncReply onMessage(GstBus *, GstMessage *message, gpointer data)
{
    auto *target = static_cast<Target *>(data);
    if (isForwarded(GST_MESSAGE_TYPE(message)) && target->context) {
        std::shared_ptr<GstMessage> held(gst_message_ref(message), gst_message_unref);
        auto handler = target->handler;
        QMetaObject::invokeMethod(
            target->context.data(), [handler, held] { handler(held.get()); }, Qt::QueuedConnection);
    }
    // A sync handler that answers DROP owns the message (GstBusSyncHandler's contract). A message refers to
    // its source element, so one left unreferenced here kept the whole pipeline and its bus (a socket pair)
    // alive: two descriptors and the decoder's memory per loudness analysis or played file.
    gst_message_unref(message);
    return GST_BUS_DROP;
}

void setHandler(GstElement *pipeline, Target *target)
{
    GstBus *bus = gst_element_get_bus(pipeline);
    if (target)
        gst_bus_set_sync_handler(bus, onMessage, target,
                                 [](gpointer data) { delete static_cast<Target *>(data); });
    else
        gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
    gst_object_unref(bus);
}

} // namespace

void GstBusForwarder::forward(GstElement *pipeline, QObject *context,
                              std::function<void(GstMessage *)> handler)
{
    setHandler(pipeline, new Target {context, std::move(handler)});
}

void GstBusForwarder::stop(GstElement *pipeline)
{
    setHandler(pipeline, nullptr);
}
