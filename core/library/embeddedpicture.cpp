// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedpicture.h"

#include <QFile>
#include <QFileInfo>

#include <taglib/aifffile.h>
#include <taglib/attachedpictureframe.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4coverart.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/oggflacfile.h>
#include <taglib/opusfile.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

namespace {

// The best candidate so far: a front cover beats any other picture; among equals the first stays.
class Candidate
{
public:
    void offer(const TagLib::ByteVector &data, bool frontCover)
    {
        if (data.isEmpty() || (m_found && (m_front || !frontCover)))
            return;
        m_data = data;
        m_found = true;
        m_front = frontCover;
    }
    bool found() const { return m_found; }
    const TagLib::ByteVector &data() const { return m_data; }

private:
    TagLib::ByteVector m_data;
    bool m_found = false;
    bool m_front = false;
};

void fromId3v2(TagLib::ID3v2::Tag *tag, Candidate &candidate)
{
    if (!tag)
        return;
    for (TagLib::ID3v2::Frame *frame : tag->frameListMap()["APIC"]) {
        if (auto *picture = dynamic_cast<TagLib::ID3v2::AttachedPictureFrame *>(frame)) {
            candidate.offer(picture->picture(),
                            picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover);
        }
    }
}

void fromFlacPictures(const TagLib::List<TagLib::FLAC::Picture *> &pictures, Candidate &candidate)
{
    for (const TagLib::FLAC::Picture *picture : pictures)
        candidate.offer(picture->data(), picture->type() == TagLib::FLAC::Picture::FrontCover);
}

void fromXiph(TagLib::Ogg::XiphComment *comment, Candidate &candidate)
{
    if (comment)
        fromFlacPictures(comment->pictureList(), candidate);
}

void fromMp4(TagLib::MP4::Tag *tag, Candidate &candidate)
{
    if (!tag || !tag->contains("covr"))
        return;
    // MP4 has no picture types; the first covr image is the cover by convention.
    for (const TagLib::MP4::CoverArt &art : tag->item("covr").toCoverArtList())
        candidate.offer(art.data(), true);
}

Candidate pictureOf(TagLib::File *file)
{
    Candidate candidate;
    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(file)) {
        if (mpeg->hasID3v2Tag())
            fromId3v2(mpeg->ID3v2Tag(), candidate);
    } else if (auto *flac = dynamic_cast<TagLib::FLAC::File *>(file)) {
        fromFlacPictures(flac->pictureList(), candidate);
        if (flac->hasXiphComment())
            fromXiph(flac->xiphComment(), candidate);
        if (flac->hasID3v2Tag())
            fromId3v2(flac->ID3v2Tag(), candidate);
    } else if (auto *mp4 = dynamic_cast<TagLib::MP4::File *>(file)) {
        fromMp4(mp4->tag(), candidate);
    } else if (auto *vorbis = dynamic_cast<TagLib::Ogg::Vorbis::File *>(file)) {
        fromXiph(vorbis->tag(), candidate);
    } else if (auto *opus = dynamic_cast<TagLib::Ogg::Opus::File *>(file)) {
        fromXiph(opus->tag(), candidate);
    } else if (auto *oggFlac = dynamic_cast<TagLib::Ogg::FLAC::File *>(file)) {
        fromXiph(oggFlac->tag(), candidate);
    } else if (auto *wav = dynamic_cast<TagLib::RIFF::WAV::File *>(file)) {
        if (wav->hasID3v2Tag())
            fromId3v2(wav->ID3v2Tag(), candidate);
    } else if (auto *aiff = dynamic_cast<TagLib::RIFF::AIFF::File *>(file)) {
        if (aiff->hasID3v2Tag())
            fromId3v2(aiff->tag(), candidate);
    }
    return candidate;
}

} // namespace

EmbeddedPicture::Result EmbeddedPicture::read(const QString &audioPath, qint64 maxBytes)
{
    const QFileInfo info(audioPath);
    if (!info.isFile() || !info.isReadable())
        return {Outcome::Unreadable, {}, 0};
    const QByteArray encodedPath = QFile::encodeName(info.absoluteFilePath());
    // Each call opens its own FileRef: nothing of TagLib is shared between worker threads.
    TagLib::FileRef ref(encodedPath.constData(), false);
    if (ref.isNull() || !ref.file()->isValid())
        return {Outcome::Unreadable, {}, 0};
    const Candidate candidate = pictureOf(ref.file());
    if (!candidate.found())
        return {Outcome::None, {}, 0};
    const qint64 size = candidate.data().size();
    if (size > maxBytes)
        return {Outcome::TooLarge, {}, size};
    return {Outcome::Found, QByteArray(candidate.data().data(), qsizetype(size)), size};
}
