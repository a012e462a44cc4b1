// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip.h"

#include <zlib.h>

std::optional<QByteArray> gzipCompress(const QByteArray &plain)
{
    z_stream stream {};
    // 15 window bits + 16 asks zlib for the gzip wrapper instead of the zlib one.
    constexpr int gzipWindowBits = 15 + 16;
    constexpr int memoryLevel = 9;
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, gzipWindowBits, memoryLevel, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return std::nullopt;
    QByteArray packed(static_cast<qsizetype>(deflateBound(&stream, uLong(plain.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(packed.data());
    stream.avail_out = uInt(packed.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return std::nullopt;
    packed.truncate(written);
    return packed;
}
