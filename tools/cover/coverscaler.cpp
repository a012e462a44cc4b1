// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverscaler.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
// JPEG has no transparency: a transparent PNG shows on white, like on the page, rather than on black.
QImage onWhite(const QImage &image)
{
    const QImage premultiplied = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage opaque(image.size(), QImage::Format_RGB32);
    for (int y = 0; y < opaque.height(); ++y) {
        const auto *from = reinterpret_cast<const QRgb *>(premultiplied.constScanLine(y));
        auto *to = reinterpret_cast<QRgb *>(opaque.scanLine(y));
        for (int x = 0; x < opaque.width(); ++x) {
            const int clear = 255 - qAlpha(from[x]);
            to[x] = qRgb(qRed(from[x]) + clear, qGreen(from[x]) + clear, qBlue(from[x]) + clear);
        }
    }
    return opaque;
}
// libjpeg fills a cut-off JPEG with grey and calls it a warning; a picture cut short is refused instead. Some
// writers pad after the end marker, so the last bytes are searched rather than the very last two.
bool endsWithJpegEnd(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qMax<qint64>(0, file.size() - 1024)))
        return false;
    return file.readAll().contains("\xff\xd9");
}
} // namespace

CoverScaler::CoverScaler(int sizePx)
    : m_sizePx(sizePx)
{ }

std::optional<QString> CoverScaler::scale(const QString &inputPath, const QString &outputPath) const
{
    const QFileInfo input(inputPath);
    if (!input.isFile())
        return u"%1 is not a file"_s.arg(inputPath);
    if (input.size() > maxInputBytes)
        return u"%1 has %2 bytes, more than %3"_s.arg(inputPath).arg(input.size()).arg(maxInputBytes);

    QImageReader::setAllocationLimit(allocationLimitMb);
    QImageReader reader(inputPath);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return u"%1 is not an image this box can read"_s.arg(inputPath);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return u"%1 does not say how large it is"_s.arg(inputPath);
    if (size.width() > maxSidePx || size.height() > maxSidePx)
        return u"%1 is %2x%3 pixels, more than %4 on a side"_s.arg(inputPath)
            .arg(size.width())
            .arg(size.height())
            .arg(maxSidePx);
    if (size.width() > m_sizePx || size.height() > m_sizePx)
        reader.setScaledSize(size.scaled(m_sizePx, m_sizePx, Qt::KeepAspectRatio));
    if (reader.format() == "jpeg" && !endsWithJpegEnd(inputPath))
        return u"%1 is truncated: it has no JPEG end marker"_s.arg(inputPath);
    QImage image = reader.read();
    if (image.isNull())
        return u"%1 cannot be decoded: %2"_s.arg(inputPath, reader.errorString());
    // Formats without a scaled decoder hand back the full size.
    if (image.width() > m_sizePx || image.height() > m_sizePx)
        image = image.scaled(m_sizePx, m_sizePx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel())
        image = onWhite(image);

    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly))
        return u"cannot write %1: %2"_s.arg(outputPath, output.errorString());
    QImageWriter writer(&output, "jpeg");
    writer.setQuality(85);
    if (!writer.write(image)) {
        output.cancelWriting();
        return u"cannot encode %1: %2"_s.arg(outputPath, writer.errorString());
    }
    if (!output.commit())
        return u"cannot write %1: %2"_s.arg(outputPath, output.errorString());
    return std::nullopt;
}
