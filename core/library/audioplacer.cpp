// SPDX-License-Identifier: GPL-3.0-or-later
#include "audioplacer.h"

#include "filenamepolicy.h"
#include "system/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString partialPrefix = u".omb-partial-"_s;
constexpr qsizetype copyBufferBytes = 1024 * 1024;

ServiceError cancelledError()
{
    return {ErrorType::Conflict,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the job was cancelled")),
            {{u"reason"_s, u"cancelled"_s}}};
}

ServiceError writeError(int error, const QString &path, qint64 required)
{
    if (error == ENOSPC || error == EDQUOT)
        return {ErrorType::InsufficientStorage,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the disk is full")),
                {{u"required_bytes"_s, required}, {u"available_bytes"_s, AudioPlacer::availableBytes(path)}}};
    return ServiceError::internal(u"write_audio"_s,
                                  QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot write %1: %2"))
                                      .arg(path, QString::fromLocal8Bit(strerror(error))));
}

// Closes the descriptor and removes the temporary file unless the job released it.
struct TempFile
{
    int fd = -1;
    QByteArray path;
    bool keep = false;
    ~TempFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!keep && !path.isEmpty())
            ::unlink(path.constData());
    }
};

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

} // namespace

QString AudioPlacer::partialName(const QString &token, const QString &extension)
{
    return partialPrefix + token + u'.' + extension;
}

bool AudioPlacer::isPartialName(const QString &fileName)
{
    return fileName.startsWith(partialPrefix);
}

int AudioPlacer::removePartials(const QString &musicDir, const QDateTime &writtenBefore)
{
    int removed = 0;
    QDirIterator it(musicDir, {partialPrefix + u'*'}, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().lastModified() <= writtenBefore && QFile::remove(path)) {
            ++removed;
            qCInfo(lcUpload).noquote() << "removed a temporary file left by an interrupted import:" << path;
        }
    }
    return removed;
}

qint64 AudioPlacer::availableBytes(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.absolutePath().isEmpty() && info.absoluteFilePath() != u"/"_s)
        info = QFileInfo(info.absolutePath());
    const QStorageInfo storage(info.absoluteFilePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

std::optional<std::pair<QCryptographicHash::Algorithm, QByteArray>>
AudioPlacer::parseHash(const QString &text)
{
    QString hex = text.trimmed().toLower();
    const qsizetype colon = hex.indexOf(u':');
    if (colon >= 0)
        hex = hex.mid(colon + 1);
    static const QRegularExpression isHex(u"^[0-9a-f]+$"_s);
    if (!isHex.match(hex).hasMatch())
        return std::nullopt;
    switch (hex.size()) {
    case 64:
        return std::pair {QCryptographicHash::Sha256, hex.toLatin1()};
    case 40:
        return std::pair {QCryptographicHash::Sha1, hex.toLatin1()};
    case 32:
        return std::pair {QCryptographicHash::Md5, hex.toLatin1()};
    default:
        return std::nullopt;
    }
}

Result<AudioPlacer::Placed> AudioPlacer::place(const Job &job, const std::atomic_bool &cancelled)
{
    if (cancelled)
        return cancelledError();
    if (!QDir().mkpath(job.folder))
        return ServiceError::internal(
            u"write_audio"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create the folder %1"))
                .arg(job.folder));
    const QString ext = FileNamePolicy::extension(job.fileName);
    const QString tempPath = QDir(job.folder).filePath(partialName(job.token, ext));

    TempFile temp;
    temp.path = QFile::encodeName(tempPath);
    temp.fd = ::open(temp.path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (temp.fd < 0) {
        const int error = errno;
        temp.path.clear(); // not ours to delete
        return writeError(error, tempPath, job.expectedBytes);
    }

    std::vector<char> buffer(copyBufferBytes);
    qint64 total = 0;
    QCryptographicHash hash(job.hashAlgorithm);
    for (const QString &source : job.sources) {
        if (cancelled)
            return cancelledError();
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return ServiceError::internal(
                u"write_audio"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot read %1")).arg(source));
        while (true) {
            const qint64 got = in.read(buffer.data(), qint64(buffer.size()));
            if (got < 0)
                return ServiceError::internal(
                    u"write_audio"_s,
                    QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot read %1")).arg(source));
            if (got == 0)
                break;
            if (!writeAll(temp.fd, buffer.data(), got))
                return writeError(errno, tempPath, job.expectedBytes < 0 ? total + got : job.expectedBytes);
            if (!job.expectedHash.isEmpty())
                hash.addData(QByteArrayView(buffer.data(), got));
            total += got;
        }
    }
    if (job.expectedBytes >= 0 && total != job.expectedBytes)
        return ServiceError::internal(
            u"assemble_upload"_s,
            QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the assembled file has %1 bytes instead of %2"))
                .arg(total)
                .arg(job.expectedBytes));
    if (!job.expectedHash.isEmpty() && hash.result().toHex() != job.expectedHash)
        return ServiceError::validation(u"file_hash"_s,
                                        QString::fromUtf8(QT_TRANSLATE_NOOP(
                                            "ServiceError", "the assembled file does not match file_hash")));
    // The data must be on disk before the name appears; otherwise a power cut could publish an empty file.
    if (::fsync(temp.fd) != 0)
        return writeError(errno, tempPath, total);
    ::close(temp.fd);
    temp.fd = -1;

    if (cancelled)
        return cancelledError();
    const std::optional<MetadataReader::AudioMetadata> metadata = MetadataReader::read(tempPath);
    if (!metadata || metadata->durationMs <= 0)
        return ServiceError::validation(
            u"file"_s,
            QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the file is not readable audio with a duration")));
    if (cancelled)
        return cancelledError();

    temp.keep = true;
    return Placed {job.fileName, tempPath, *metadata};
}
