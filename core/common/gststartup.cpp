// SPDX-License-Identifier: GPL-3.0-or-later
#include "gststartup.h"

#include <gst/gst.h>

namespace {

void setRank(const char *factoryName, guint rank)
{
    if (GstElementFactory *factory = gst_element_factory_find(factoryName)) {
        gst_plugin_feature_set_rank(GST_PLUGIN_FEATURE(factory), rank);
        gst_object_unref(factory);
    }
}

} // namespace

bool GstStartup::start(QString *error)
{
    GError *failure = nullptr;
    if (!gst_init_check(nullptr, nullptr, &failure)) {
        if (error)
            *error = QString::fromUtf8(failure ? failure->message : "unknown error");
        g_clear_error(&failure);
        return false;
    }
    setRank("mpg123audiodec", GST_RANK_PRIMARY);
    passOver("jackaudiosink");
    return true;
}

void GstStartup::passOver(const char *factoryName)
{
    setRank(factoryName, GST_RANK_NONE);
}
