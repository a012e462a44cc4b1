// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

// The payload of a published event as the web page reads it: state:* events carry it under `data`
// (PROTOCOL.md §5.3), the flat events carry it as they are.
QJsonObject eventData(const QString &event, const QJsonObject &payload);
