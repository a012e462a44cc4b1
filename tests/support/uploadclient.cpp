// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadclient.h"

#include "library/wavencoder.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

UploadClient::UploadClient(HttpClient &http)
    : m_http(http)
{ }

QByteArray UploadClient::multipart(QByteArrayView data, const QByteArray &fieldName,
                                   const QByteArray &fileName)
{
    QByteArray body;
    body.reserve(data.size() + 512);
    body += "--" + boundary() + "\r\n";
    body += "Content-Disposition: form-data; name=\"" + fieldName + "\"; filename=\"" + fileName + "\"\r\n";
    body += "Content-Type: application/octet-stream\r\n\r\n";
    body += data;
    body += "\r\n--" + boundary() + "--\r\n";
    return body;
}

QByteArray UploadClient::wav(qint64 minimumBytes, int frequencyHz)
{
    constexpr int rate = 22050;
    const qint64 count = qMax<qint64>(rate / 10, minimumBytes / 2);
    QList<qint16> samples(count);
    for (qint64 i = 0; i < count; ++i)
        samples[i] = qint16(std::lround(8000.0 * std::sin(2.0 * M_PI * frequencyHz * double(i) / rate)));
    return WavEncoder::encode(samples, rate);
}

QString UploadClient::path(const QString &playlistId, const QString &rest)
{
    return u"/api/playlists/%1/uploads/%2"_s.arg(playlistId, rest);
}

HttpClient::Response UploadClient::init(const QString &playlistId, const QString &fileName, qint64 fileSize,
                                        int chunkSize)
{
    QJsonObject body {{u"filename"_s, fileName}, {u"file_size"_s, fileSize}};
    if (chunkSize > 0)
        body.insert(u"chunk_size"_s, chunkSize);
    return m_http.post(path(playlistId, u"session"_s), body);
}

HttpClient::Response UploadClient::putChunk(const QString &playlistId, const QString &sessionId, int index,
                                            QByteArrayView data, const QByteArray &fieldName)
{
    return putChunkAt(path(playlistId, sessionId), index, data, fieldName);
}

HttpClient::Response UploadClient::putChunkAt(const QString &sessionPath, int index, QByteArrayView data,
                                              const QByteArray &fieldName)
{
    return m_http.send("PUT", sessionPath + u"/chunks/%1"_s.arg(index), multipart(data, fieldName),
                       {{"Content-Type", "multipart/form-data; boundary=" + boundary()}});
}

QString UploadClient::uploadRestoreArchive(const QByteArray &archive, int chunkSize)
{
    const HttpClient::Response init = m_http.post(
        u"/api/system/restore/session"_s,
        {{u"filename"_s, u"backup.tar"_s}, {u"file_size"_s, archive.size()}, {u"chunk_size"_s, chunkSize}});
    if (init.status != 201)
        return {};
    const QString sessionId = init.data()[u"session_id"_s].toString();
    for (qsizetype offset = 0; offset < archive.size(); offset += chunkSize) {
        const QByteArrayView chunk
            = QByteArrayView(archive).sliced(offset, qMin<qsizetype>(chunkSize, archive.size() - offset));
        if (putChunkAt(u"/api/system/restore/"_s + sessionId, int(offset / chunkSize), chunk).status != 200)
            return {};
    }
    return sessionId;
}

HttpClient::Response UploadClient::restore(const QByteArray &archive, int chunkSize)
{
    const QString sessionId = uploadRestoreArchive(archive, chunkSize);
    if (sessionId.isEmpty())
        return {};
    return m_http.post(u"/api/system/restore"_s, {{u"session_id"_s, sessionId}});
}

HttpClient::Response UploadClient::finalize(const QString &playlistId, const QString &sessionId,
                                            const QJsonObject &body)
{
    return m_http.post(path(playlistId, sessionId + u"/finalize"_s), body);
}

HttpClient::Response UploadClient::upload(const QString &playlistId, const QString &fileName,
                                          const QByteArray &content, int chunkSize)
{
    HttpClient::Response response = init(playlistId, fileName, content.size(), chunkSize);
    if (response.status != 201)
        return response;
    const QString sessionId = response.data()[u"session_id"_s].toString();
    for (qsizetype offset = 0, index = 0; offset < content.size(); offset += chunkSize, ++index) {
        response = putChunk(
            playlistId, sessionId, int(index),
            QByteArrayView(content).sliced(offset, qMin<qsizetype>(chunkSize, content.size() - offset)));
        if (response.status != 200)
            return response;
    }
    return finalize(playlistId, sessionId);
}
