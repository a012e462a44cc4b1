// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverimport.h"

#include "embeddedpicture.h"
#include "folderimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

CoverImport::CoverImport(CoverStore store, CoverConverter converter)
    : m_store(std::move(store))
    , m_converter(std::move(converter))
{ }

CoverImport::Outcome CoverImport::fromAudio(const QString &audioPath) const
{
    const EmbeddedPicture::Result picture = EmbeddedPicture::read(audioPath, maxPictureBytes);
    switch (picture.outcome) {
    case EmbeddedPicture::Outcome::None:
    case EmbeddedPicture::Outcome::Unreadable:
        return {};
    case EmbeddedPicture::Outcome::TooLarge:
        return {std::nullopt,
                u"the embedded picture has %1 bytes, more than %2"_s.arg(picture.size).arg(maxPictureBytes),
                false};
    case EmbeddedPicture::Outcome::Found:
        break;
    }
    const QString name = CoverStore::nameFor(picture.bytes);
    if (m_store.contains(name))
        return {name, {}, false};
    if (!QDir().mkpath(m_store.dir()))
        return {std::nullopt, u"cannot create %1"_s.arg(m_store.dir()), true};
    // The tool reads a file: the picture goes to a temporary one beside the store, removed afterwards.
    QTemporaryFile source(m_store.dir() + "/.picture-XXXXXX"_L1);
    if (!source.open() || source.write(picture.bytes) != picture.bytes.size() || !source.flush())
        return {std::nullopt, u"cannot write a temporary picture: %1"_s.arg(source.errorString()), true};
    source.close();
    return store(name, source.fileName());
}

CoverImport::Outcome CoverImport::fromFolder(const QString &folderPath) const
{
    const QString image = FolderImage::find(folderPath);
    if (image.isEmpty())
        return {};
    const qint64 size = QFileInfo(image).size();
    if (size > maxPictureBytes)
        return {std::nullopt, u"%1 has %2 bytes, more than %3"_s.arg(image).arg(size).arg(maxPictureBytes),
                false};
    QFile file(image);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, u"cannot read %1: %2"_s.arg(image, file.errorString()), false};
    const QString name = CoverStore::nameFor(file.read(maxPictureBytes));
    file.close();
    if (m_store.contains(name))
        return {name, {}, false};
    if (!QDir().mkpath(m_store.dir()))
        return {std::nullopt, u"cannot create %1"_s.arg(m_store.dir()), true};
    return store(name, image);
}

CoverImport::Outcome CoverImport::store(const QString &name, const QString &inputPath) const
{
    if (const auto failure = m_converter.convert(inputPath, m_store.pathOf(name)))
        return {std::nullopt, failure->message, failure->toolFailed};
    return {name, {}, false};
}
