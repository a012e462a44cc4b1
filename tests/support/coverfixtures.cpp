// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverfixtures.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

#include <taglib/attachedpictureframe.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4coverart.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

#include <zlib.h>

namespace {

TagLib::ByteVector bytes(const QByteArray &data)
{
    return TagLib::ByteVector(data.constData(), uint(data.size()));
}

TagLib::ID3v2::AttachedPictureFrame *apic(const QByteArray &picture, bool frontCover)
{
    auto *frame = new TagLib::ID3v2::AttachedPictureFrame; // the tag owns it once added
    frame->setMimeType(picture.startsWith("\x89PNG") ? "image/png" : "image/jpeg");
    frame->setType(frontCover ? TagLib::ID3v2::AttachedPictureFrame::FrontCover
                              : TagLib::ID3v2::AttachedPictureFrame::Other);
    frame->setPicture(bytes(picture));
    return frame;
}

TagLib::FLAC::Picture *flacPicture(const QByteArray &picture, bool frontCover)
{
    auto *block = new TagLib::FLAC::Picture; // the file or comment owns it once added
    block->setMimeType(picture.startsWith("\x89PNG") ? "image/png" : "image/jpeg");
    block->setType(frontCover ? TagLib::FLAC::Picture::FrontCover : TagLib::FLAC::Picture::Other);
    block->setData(bytes(picture));
    return block;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian(quint32(data.size()), out.data());
    const QByteArray body = type + data;
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian(quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))),
                 crc.data());
    return out + crc;
}

} // namespace

QByteArray CoverFixtures::image(const char *format, int width, int height, unsigned rgb, int alpha)
{
    QImage picture(width, height, QImage::Format_ARGB32);
    picture.fill(QColor::fromRgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha));
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, format);
    return data;
}

QByteArray CoverFixtures::pngHeaderOnly(int width, int height)
{
    QByteArray header(13, '\0');
    qToBigEndian(quint32(width), header.data());
    qToBigEndian(quint32(height), header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", QByteArray(16, 'x'))
        + chunk("IEND", {});
}

bool CoverFixtures::embed(const QString &path, const QByteArray &picture, bool frontCover)
{
    const QByteArray encoded = QFile::encodeName(path);
    const QString suffix = path.section(u'.', -1).toLower();
    if (suffix == QLatin1String("mp3")) {
        TagLib::MPEG::File file(encoded.constData());
        file.ID3v2Tag(true)->addFrame(apic(picture, frontCover));
        return file.save();
    }
    if (suffix == QLatin1String("wav")) {
        TagLib::RIFF::WAV::File file(encoded.constData());
        file.ID3v2Tag()->addFrame(apic(picture, frontCover));
        return file.save();
    }
    if (suffix == QLatin1String("flac")) {
        TagLib::FLAC::File file(encoded.constData());
        file.addPicture(flacPicture(picture, frontCover));
        return file.save();
    }
    if (suffix == QLatin1String("ogg")) {
        TagLib::Ogg::Vorbis::File file(encoded.constData());
        file.tag()->addPicture(flacPicture(picture, frontCover));
        return file.save();
    }
    if (suffix == QLatin1String("opus")) {
        TagLib::Ogg::Opus::File file(encoded.constData());
        file.tag()->addPicture(flacPicture(picture, frontCover));
        return file.save();
    }
    if (suffix == QLatin1String("m4a")) {
        TagLib::MP4::File file(encoded.constData());
        TagLib::MP4::CoverArtList covers;
        covers.append(TagLib::MP4::CoverArt(picture.startsWith("\x89PNG") ? TagLib::MP4::CoverArt::PNG
                                                                          : TagLib::MP4::CoverArt::JPEG,
                                            bytes(picture)));
        file.tag()->setItem("covr", covers);
        return file.save();
    }
    return false;
}

QSize CoverFixtures::jpegSize(const QString &path)
{
    QImageReader reader(path, "jpeg");
    return reader.size();
}
