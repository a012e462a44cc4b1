// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "omb.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlayer, "omb.player", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNfc, "omb.nfc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "omb.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "omb.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "omb.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWs, "omb.ws", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRealtime, "omb.realtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUpload, "omb.upload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDownload, "omb.download", QtInfoMsg)
Q_LOGGING_CATEGORY(lcControls, "omb.controls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "omb.ui", QtInfoMsg)

namespace Logging {

void applyLevel(const QString &level)
{
    const bool debug = level == "debug"_L1;
    const bool info = debug || level == "info"_L1;
    const bool warning = info || level == "warning"_L1;
    // The box uses no TLS of Qt's, and loads no TLS backend where it can (QtPluginFolder): the warnings every
    // QWebSocket then gives about a missing backend say nothing.
    QLoggingCategory::setFilterRules(
        u"omb.*.debug=%1\nomb.*.info=%2\nomb.*.warning=%3\nqt.network.ssl.warning=false\n"_s.arg(
            debug ? "true"_L1 : "false"_L1, info ? "true"_L1 : "false"_L1, warning ? "true"_L1 : "false"_L1));
}

} // namespace Logging
