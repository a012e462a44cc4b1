// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryparameters.h"

#include "apirequest.h"
#include "common/fieldvalidator.h"

using namespace Qt::StringLiterals;

std::optional<int> queryInt(const ApiRequest &request, const QString &key, int fallback, int min, int max,
                            FieldValidator &errors)
{
    if (!request.query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int value = request.queryValue(key).toInt(&ok);
    if (!ok || value < min || value > max) {
        errors.addError(
            key,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be an integer from %2 to %3"))
                .arg(key)
                .arg(min)
                .arg(max));
        return std::nullopt;
    }
    return value;
}
