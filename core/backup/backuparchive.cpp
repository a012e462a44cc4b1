// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuparchive.h"

#include "system/logging.h"
#include "tarformat.h"

#include <cstring>

using namespace Qt::StringLiterals;

BackupArchive::BackupArchive(QList<Entry> entries, std::function<void()> finished)
    : m_entries(std::move(entries))
    , m_finished(std::move(finished))
{
    for (const Entry &entry : std::as_const(m_entries))
        m_totalBytes += TarFormat::entryBytes(entry.archivePath, entry.size);
    m_totalBytes += TarFormat::endOfArchive().size();
    open(QIODevice::ReadOnly);
}

BackupArchive::~BackupArchive()
{
    m_file.close();
    if (m_finished)
        m_finished();
}

qint64 BackupArchive::bytesAvailable() const
{
    return m_totalBytes - m_produced + QIODevice::bytesAvailable();
}

bool BackupArchive::beginNextEntry()
{
    if (m_next == m_entries.size()) {
        m_framing = TarFormat::endOfArchive();
        m_ended = true;
        return true;
    }
    const Entry &entry = m_entries.at(m_next++);
    m_file.close();
    m_file.setFileName(entry.sourcePath);
    if (!m_file.open(QIODevice::ReadOnly) || m_file.size() != entry.size) {
        setErrorString(u"%1 changed or went away while it was being backed up"_s.arg(entry.archivePath));
        qCWarning(lcLibrary).noquote() << "backup stopped:" << errorString();
        return false;
    }
    m_framing = TarFormat::fileHeader(entry.archivePath, entry.size, entry.modifiedSecs);
    m_fileLeft = entry.size;
    m_paddingAfterFile = TarFormat::paddingFor(entry.size);
    return true;
}

qint64 BackupArchive::readData(char *data, qint64 maxSize)
{
    qint64 written = 0;
    while (written < maxSize) {
        if (!m_framing.isEmpty()) {
            const qint64 n = qMin<qint64>(maxSize - written, m_framing.size());
            std::memcpy(data + written, m_framing.constData(), size_t(n));
            m_framing.remove(0, n);
            written += n;
            continue;
        }
        if (m_fileLeft > 0) {
            const qint64 n = m_file.read(data + written, qMin(maxSize - written, m_fileLeft));
            if (n <= 0) {
                setErrorString(u"%1 could not be read: %2"_s.arg(m_file.fileName(), m_file.errorString()));
                qCWarning(lcLibrary).noquote() << "backup stopped:" << errorString();
                return -1;
            }
            m_fileLeft -= n;
            written += n;
            if (m_fileLeft == 0)
                m_framing = QByteArray(m_paddingAfterFile, '\0');
            continue;
        }
        if (m_ended || !beginNextEntry())
            break;
    }
    if (written == 0 && !m_ended)
        return -1; // a file failed before anything of this read was produced
    m_produced += written;
    return written;
}
