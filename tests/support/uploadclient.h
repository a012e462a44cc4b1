// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"

#include <QByteArray>
#include <QByteArrayView>

// Drives the chunked upload API of a running box over HTTP, as a browser would (multipart/form-data with a
// part named "file"), for integration tests and the upload benchmark. Also makes test audio.
class UploadClient
{
public:
    explicit UploadClient(HttpClient &http);

    static QByteArray boundary() { return QByteArrayLiteral("----ombTestBoundary7MA4YWxkTrZu0gW"); }
    // One form with a single file part.
    static QByteArray multipart(QByteArrayView data, const QByteArray &fieldName = "file",
                                const QByteArray &fileName = "blob");
    // A mono 16-bit 22.05 kHz sine WAV of at least `minimumBytes` (real audio TagLib reads).
    static QByteArray wav(qint64 minimumBytes, int frequencyHz = 440);

    HttpClient::Response init(const QString &playlistId, const QString &fileName, qint64 fileSize,
                              int chunkSize = 0);
    HttpClient::Response putChunk(const QString &playlistId, const QString &sessionId, int index,
                                  QByteArrayView data, const QByteArray &fieldName = "file");
    HttpClient::Response finalize(const QString &playlistId, const QString &sessionId,
                                  const QJsonObject &body = {});
    // init + every chunk in order + finalize; returns the last response (the first that failed).
    HttpClient::Response upload(const QString &playlistId, const QString &fileName, const QByteArray &content,
                                int chunkSize = 1048576);

    static QString path(const QString &playlistId, const QString &rest);

    // A backup archive through the restore routes (session, every chunk, POST /api/system/restore); returns
    // the last response (the first that failed).
    HttpClient::Response restore(const QByteArray &archive, int chunkSize = 1048576);
    // Up to the restore's session and chunks; returns the session id, empty on failure.
    QString uploadRestoreArchive(const QByteArray &archive, int chunkSize = 1048576);

private:
    HttpClient::Response putChunkAt(const QString &sessionPath, int index, QByteArrayView data,
                                    const QByteArray &fieldName = "file");

    HttpClient &m_http;
};
