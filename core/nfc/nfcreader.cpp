// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfcreader.h"

#include "common/jsonvalues.h"

using namespace Qt::StringLiterals;

QJsonObject NfcReader::Status::toJson() const
{
    return {{u"available"_s, available},
            {u"kind"_s, kind},
            {u"port"_s, nullIfEmpty(port)},
            {u"last_error"_s, nullIfEmpty(lastError)}};
}
