// SPDX-License-Identifier: GPL-3.0-or-later
#include "tarformat.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace TarFormat {

namespace {

constexpr int nameLength = 100;
constexpr qint64 largestOctal11 = 077777777777LL; // 8 GiB - 1: the largest size 11 octal digits hold

void putOctal(QByteArray &block, int offset, int width, qint64 value)
{
    // width - 1 digits and a NUL, zero-padded, as every tar reader expects.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(block.data() + offset, digits.constData(), size_t(width - 1));
    block[offset + width - 1] = '\0';
}

void putText(QByteArray &block, int offset, int width, const QByteArray &text)
{
    std::memcpy(block.data() + offset, text.constData(), size_t(qMin<qsizetype>(text.size(), width)));
}

void sealChecksum(QByteArray &block)
{
    std::memset(block.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (const char c : std::as_const(block))
        sum += static_cast<unsigned char>(c);
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(block.data() + 148, digits.constData(), 6);
    block[154] = '\0';
    block[155] = ' ';
}

QByteArray ustarBlock(const QByteArray &name, qint64 size, qint64 modifiedSecs, char type)
{
    QByteArray block(blockSize, '\0');
    putText(block, 0, nameLength, name);
    putOctal(block, 100, 8, 0644);
    putOctal(block, 108, 8, 0);
    putOctal(block, 116, 8, 0);
    putOctal(block, 124, 12, size);
    putOctal(block, 136, 12, qMax<qint64>(0, modifiedSecs));
    block[156] = type;
    putText(block, 257, 6, QByteArrayLiteral("ustar"));
    putText(block, 263, 2, QByteArrayLiteral("00"));
    sealChecksum(block);
    return block;
}

bool fitsUstar(const QByteArray &utf8)
{
    if (utf8.size() >= nameLength)
        return false;
    for (const char c : utf8)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    // "<length> key=value\n", where the length counts its own digits.
    const qint64 rest = 1 + key.size() + 1 + value.size() + 1;
    qint64 length = rest + 1;
    while (QByteArray::number(length).size() + rest != length)
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

QByteArray paxRecords(const QString &path)
{
    return paxRecord("path", path.toUtf8());
}

std::optional<qint64> parseNumber(const char *field, int width)
{
    // Base-256 (first byte 0x80) for sizes beyond the octal digits.
    if (static_cast<unsigned char>(field[0]) == 0x80) {
        qint64 value = 0;
        for (int i = 1; i < width; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return std::nullopt;
            value = (value << 8) | static_cast<unsigned char>(field[i]);
        }
        return value;
    }
    qint64 value = 0;
    int i = 0;
    while (i < width && field[i] == ' ')
        ++i;
    bool any = false;
    for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i) {
        value = value * 8 + (field[i] - '0');
        any = true;
    }
    for (; i < width; ++i)
        if (field[i] != '\0' && field[i] != ' ')
            return std::nullopt;
    return any ? std::optional<qint64>(value) : std::nullopt;
}

QByteArray cString(const char *field, int width)
{
    return QByteArray(field, int(qstrnlen(field, uint(width))));
}

} // namespace

int paddingFor(qint64 size)
{
    return int((blockSize - size % blockSize) % blockSize);
}

QByteArray fileHeader(const QString &path, qint64 size, qint64 modifiedSecs)
{
    Q_ASSERT(size <= largestOctal11);
    const QByteArray utf8 = path.toUtf8();
    if (fitsUstar(utf8))
        return ustarBlock(utf8, size, modifiedSecs, '0');
    const QByteArray records = paxRecords(path);
    QByteArray header = ustarBlock("PaxHeader", records.size(), modifiedSecs, 'x');
    header += records;
    header += QByteArray(paddingFor(records.size()), '\0');
    // The ustar name is a readable stand-in for readers that ignore pax.
    QByteArray shortName = utf8.left(nameLength - 1);
    for (char &c : shortName)
        if (static_cast<unsigned char>(c) >= 0x80)
            c = '_';
    return header + ustarBlock(shortName, size, modifiedSecs, '0');
}

QByteArray endOfArchive()
{
    return QByteArray(2 * blockSize, '\0');
}

qint64 entryBytes(const QString &path, qint64 size)
{
    return fileHeader(path, 0, 0).size() + size + paddingFor(size);
}

std::optional<Header> parseHeader(const QByteArray &block, bool *isEnd)
{
    *isEnd = false;
    if (block.size() != blockSize)
        return std::nullopt;
    if (block.count('\0') == blockSize) {
        *isEnd = true;
        return std::nullopt;
    }
    const char *raw = block.constData();
    const std::optional<qint64> stored = parseNumber(raw + 148, 8);
    if (!stored)
        return std::nullopt;
    unsigned sum = 0;
    for (int i = 0; i < blockSize; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(raw[i]);
    if (qint64(sum) != *stored)
        return std::nullopt;
    const std::optional<qint64> size = parseNumber(raw + 124, 12);
    if (!size || *size < 0)
        return std::nullopt;

    Header header;
    header.size = *size;
    QByteArray name = cString(raw, nameLength);
    if (cString(raw + 257, 5) == "ustar") {
        const QByteArray prefix = cString(raw + 345, 155);
        if (!prefix.isEmpty())
            name = prefix + '/' + name;
    }
    header.path = QString::fromUtf8(name);
    switch (raw[156]) {
    case '0':
    case '\0':
        header.type = Header::Type::File;
        break;
    case '5':
        header.type = Header::Type::Directory;
        break;
    case 'x':
        header.type = Header::Type::PaxExtended;
        break;
    case 'g':
        header.type = Header::Type::PaxGlobal;
        break;
    default:
        header.type = Header::Type::Other;
    }
    return header;
}

std::optional<QString> paxPath(const QByteArray &records)
{
    std::optional<QString> path;
    qsizetype at = 0;
    while (at < records.size()) {
        if (records.at(at) == '\0') // padding after the last record
            break;
        const qsizetype space = records.indexOf(' ', at);
        if (space < 0 || space - at > 18)
            return std::nullopt;
        bool ok = false;
        const qint64 length = records.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at + 1 || at + length > records.size()
            || records.at(at + length - 1) != '\n')
            return std::nullopt;
        const QByteArray record = records.mid(space + 1, length - (space - at) - 2);
        const qsizetype equals = record.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        if (record.left(equals) == "path")
            path = QString::fromUtf8(record.mid(equals + 1));
        at += length;
    }
    return path ? path : std::optional<QString>(QString());
}

} // namespace TarFormat
