// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Decodes one picture file and writes it as a JPEG whose longest side is at most `sizePx`, atomically. Memory
// stays bounded whatever the input: the file size and the declared dimensions are checked before any pixel is
// decoded, QImageReader's allocation limit caps the decoder, and JPEGs are decoded straight at the reduced
// size.
class CoverScaler
{
public:
    static constexpr qint64 maxInputBytes = 16 * 1024 * 1024;
    static constexpr int maxSidePx = 12000;
    static constexpr int allocationLimitMb = 128;

    explicit CoverScaler(int sizePx);

    // nullopt on success, else why the picture was refused.
    std::optional<QString> scale(const QString &inputPath, const QString &outputPath) const;

private:
    int m_sizePx;
};
