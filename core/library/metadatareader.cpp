// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatareader.h"

#include <QFile>
#include <QFileInfo>

#include <taglib/aifffile.h>
#include <taglib/attachedpictureframe.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/infotag.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/oggflacfile.h>
#include <taglib/opusfile.h>
#include <taglib/tag.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

using namespace Qt::StringLiterals;

// TagLib objects are never shared between calls: every read opens its own FileRef, so concurrent reads of
// different files on worker threads do not touch common mutable state.

namespace {

std::optional<QString> text(const TagLib::String &value)
{
    const QString result = QString::fromUtf8(value.toCString(true)).trimmed();
    if (result.isEmpty())
        return std::nullopt;
    return result;
}

bool hasApic(TagLib::ID3v2::Tag *tag)
{
    return tag && !tag->frameListMap()["APIC"].isEmpty();
}

bool hasXiphPicture(TagLib::Ogg::XiphComment *comment)
{
    if (!comment)
        return false;
    // METADATA_BLOCK_PICTURE is parsed into pictureList(); COVERART is the older, unofficial field.
    return !comment->pictureList().isEmpty() || comment->contains("COVERART");
}

bool hasEmbeddedCover(TagLib::File *file)
{
    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(file))
        return mpeg->hasID3v2Tag() && hasApic(mpeg->ID3v2Tag());
    if (auto *flac = dynamic_cast<TagLib::FLAC::File *>(file)) {
        return !flac->pictureList().isEmpty() || (flac->hasID3v2Tag() && hasApic(flac->ID3v2Tag()))
            || (flac->hasXiphComment() && hasXiphPicture(flac->xiphComment()));
    }
    if (auto *mp4 = dynamic_cast<TagLib::MP4::File *>(file)) {
        TagLib::MP4::Tag *tag = mp4->tag();
        return tag && tag->contains("covr") && !tag->item("covr").toCoverArtList().isEmpty();
    }
    if (auto *vorbis = dynamic_cast<TagLib::Ogg::Vorbis::File *>(file))
        return hasXiphPicture(vorbis->tag());
    if (auto *opus = dynamic_cast<TagLib::Ogg::Opus::File *>(file))
        return hasXiphPicture(opus->tag());
    if (auto *oggFlac = dynamic_cast<TagLib::Ogg::FLAC::File *>(file))
        return hasXiphPicture(oggFlac->tag());
    if (auto *wav = dynamic_cast<TagLib::RIFF::WAV::File *>(file))
        return wav->hasID3v2Tag() && hasApic(wav->ID3v2Tag());
    if (auto *aiff = dynamic_cast<TagLib::RIFF::AIFF::File *>(file))
        return aiff->hasID3v2Tag() && hasApic(aiff->tag());
    return false;
}

} // namespace

std::optional<MetadataReader::AudioMetadata> MetadataReader::read(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable() || info.size() == 0)
        return std::nullopt;

    const QByteArray encodedPath = QFile::encodeName(info.absoluteFilePath());
    TagLib::FileRef ref(encodedPath.constData(), true, TagLib::AudioProperties::Accurate);
    if (ref.isNull() || !ref.file()->isValid())
        return std::nullopt;
    const TagLib::AudioProperties *properties = ref.audioProperties();
    if (!properties || properties->lengthInMilliseconds() <= 0 || properties->sampleRate() <= 0)
        return std::nullopt;

    AudioMetadata metadata;
    metadata.durationMs = properties->lengthInMilliseconds();
    if (const TagLib::Tag *tag = ref.tag()) {
        metadata.title = text(tag->title());
        metadata.artist = text(tag->artist());
        metadata.album = text(tag->album());
    }
    // TagLib's WAV tag() is the ID3v2 chunk only; most WAV taggers write a RIFF INFO list instead.
    if (auto *wav = dynamic_cast<TagLib::RIFF::WAV::File *>(ref.file()); wav && wav->hasInfoTag()) {
        const TagLib::RIFF::Info::Tag *infoTag = wav->InfoTag();
        if (!metadata.title)
            metadata.title = text(infoTag->title());
        if (!metadata.artist)
            metadata.artist = text(infoTag->artist());
        if (!metadata.album)
            metadata.album = text(infoTag->album());
    }
    metadata.hasCover = hasEmbeddedCover(ref.file());
    return metadata;
}

bool MetadataReader::isAudioFileName(const QString &fileName)
{
    static const QStringList extensions {u"mp3"_s, u"wav"_s, u"flac"_s, u"ogg"_s,
                                         u"m4a"_s, u"aac"_s, u"opus"_s};
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    return extensions.contains(fileName.mid(dot + 1).toLower());
}
