// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytags.h"

bool EntityTags::ifNoneMatchNames(const QByteArray &ifNoneMatch, const QByteArrayList &tags)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || tags.contains(candidate))
            return true;
    }
    return false;
}
