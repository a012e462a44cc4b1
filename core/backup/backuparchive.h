// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QIODevice>
#include <QList>

#include <functional>

// A backup as a tar stream, produced as it is read: a header, the file's bytes and padding for each entry,
// then the end blocks. Nothing but the file being read is held, so a library of any size streams in constant
// memory. Its total size is known before the first byte (Content-Length). A file that changed size since the
// snapshot ends the stream with an error rather than a corrupt archive. `finished` runs once, when the
// archive goes.
class BackupArchive : public QIODevice
{
    Q_OBJECT
public:
    struct Entry
    {
        QString archivePath; // "music/Animal Songs/owl.mp3"
        QString sourcePath;
        qint64 size = 0;
        qint64 modifiedSecs = 0;
    };

    BackupArchive(QList<Entry> entries, std::function<void()> finished);
    ~BackupArchive() override;

    bool isSequential() const override { return true; }
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 bytesAvailable() const override;
    int entryCount() const { return int(m_entries.size()); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool beginNextEntry();

    QList<Entry> m_entries;
    std::function<void()> m_finished;
    qint64 m_totalBytes = 0;
    qint64 m_produced = 0;
    int m_next = 0; // the entry whose header comes next
    QByteArray m_framing; // header or padding bytes still to hand out
    QFile m_file; // the entry whose bytes are being handed out
    qint64 m_fileLeft = 0;
    int m_paddingAfterFile = 0;
    bool m_ended = false;
};
