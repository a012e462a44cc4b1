// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The POSIX tar (pax) layout of a backup archive: 512-byte blocks, a ustar header before each file, a pax
// "path" record before a header whose name does not fit, two zero blocks at the end. Pure functions, so the
// writer and the reader are tested (and fuzzed) without files.
namespace TarFormat {

inline constexpr int blockSize = 512;

// The header block(s) of a regular file: one ustar block, or a pax block pair plus the ustar block when the
// path is too long or not ASCII.
QByteArray fileHeader(const QString &path, qint64 size, qint64 modifiedSecs);
// Zero bytes that pad `size` up to a whole block.
int paddingFor(qint64 size);
// Two zero blocks.
QByteArray endOfArchive();
// The bytes a file of `size` takes in the archive, header included.
qint64 entryBytes(const QString &path, qint64 size);

struct Header
{
    enum class Type { File, Directory, PaxExtended, PaxGlobal, Other };
    Type type = Type::Other;
    QString path;
    qint64 size = 0;
};

// One 512-byte header block: nullopt for a bad checksum, a bad number or a block that is no tar header;
// `isEnd` is set for a zero block.
std::optional<Header> parseHeader(const QByteArray &block, bool *isEnd);
// The "path" of pax extended records ("<len> path=<value>\n"...); nullopt if the records are malformed.
std::optional<QString> paxPath(const QByteArray &records);

} // namespace TarFormat
