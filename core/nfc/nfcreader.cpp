// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfcreader.h"

using namespace Qt::StringLiterals;

QJsonObject NfcReader::Status::toJson() const
{
    return {{u"available"_s, available},
            {u"kind"_s, kind},
            {u"port"_s, port.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(port)},
            {u"last_error"_s, lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastError)}};
}
