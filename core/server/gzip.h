// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

// gzip (RFC 1952) at the highest level, for web files that are compressed once and served many times.
// Empty when zlib refuses, so the caller sends the plain bytes instead.
std::optional<QByteArray> gzipCompress(const QByteArray &plain);
