// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/compactjson.h"
#include "common/headerlist.h"
#include "common/serviceerror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

// What a route answers. Envelope responses get their timestamp and server_seq when they are written
// (Router::finish), so server_seq counts the events the request caused.
class ApiResponse
{
public:
    enum class Kind { Envelope, NoContent, Raw, Stream };

    static ApiResponse success(const QJsonValue &data, const QString &message, int status = 200);
    // A success whose `data` holds compact JSON already (a cached list): the envelope is written around those
    // bytes in one pass, without parsing them again; the wire is the same as success() with the parsed value.
    static ApiResponse successJson(CompactJson data, const QString &message, int status = 200);
    static ApiResponse noContent();
    static ApiResponse failure(const ServiceError &error);
    static ApiResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    // A body of `size` bytes read from `body` as the client takes it (downloads too big to hold in memory).
    static ApiResponse stream(const QByteArray &contentType, std::shared_ptr<QIODevice> body, qint64 size);

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value);

    Kind kind() const { return m_kind; }
    int status() const { return m_status; }
    bool isError() const { return m_status >= 400; }
    const QJsonValue &data() const { return m_data; }
    const std::optional<CompactJson> &dataJson() const { return m_dataJson; } // set by successJson() only
    const QString &message() const { return m_message; }
    const ServiceError &error() const { return m_error; }
    const QByteArray &rawBody() const { return m_rawBody; }
    const QByteArray &contentType() const { return m_contentType; }
    const HeaderList &headers() const { return m_headers; }
    const std::shared_ptr<QIODevice> &bodyStream() const { return m_stream; }
    qint64 streamSize() const { return m_streamSize; }

private:
    Kind m_kind = Kind::Envelope;
    int m_status = 200;
    QJsonValue m_data = QJsonValue::Undefined;
    std::optional<CompactJson> m_dataJson;
    QString m_message;
    ServiceError m_error;
    QByteArray m_rawBody;
    QByteArray m_contentType;
    HeaderList m_headers;
    std::shared_ptr<QIODevice> m_stream;
    qint64 m_streamSize = 0;
};

// The bytes that go on the wire.
struct HttpReply
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    std::shared_ptr<QIODevice> stream {}; // instead of body, when set
    qint64 streamSize = 0;
};

using ApiResponder = std::function<void(ApiResponse)>;
