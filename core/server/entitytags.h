// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace EntityTags {

// True when an If-None-Match header names one of `tags` (or "*"); a weak tag compares by its opaque part.
bool ifNoneMatchNames(const QByteArray &ifNoneMatch, const QByteArrayList &tags);

} // namespace EntityTags
