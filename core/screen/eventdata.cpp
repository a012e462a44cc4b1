// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdata.h"

using namespace Qt::StringLiterals;

QJsonObject eventData(const QString &event, const QJsonObject &payload)
{
    if (event.startsWith("state:"_L1))
        return payload.value(u"data"_s).toObject();
    return payload;
}
