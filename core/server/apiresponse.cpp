// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiresponse.h"

ApiResponse ApiResponse::success(const QJsonValue &data, const QString &message, int status)
{
    ApiResponse r;
    r.m_status = status;
    r.m_data = data;
    r.m_message = message;
    return r;
}

ApiResponse ApiResponse::successJson(CompactJson data, const QString &message, int status)
{
    ApiResponse r;
    r.m_status = status;
    r.m_dataJson = std::move(data);
    r.m_message = message;
    return r;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse r;
    r.m_kind = Kind::NoContent;
    r.m_status = 204;
    return r;
}

ApiResponse ApiResponse::failure(const ServiceError &error)
{
    ApiResponse r;
    r.m_status = httpStatusFor(error.type);
    r.m_error = error;
    r.m_message = error.message;
    return r;
}

ApiResponse ApiResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    ApiResponse r;
    r.m_kind = Kind::Raw;
    r.m_status = status;
    r.m_contentType = contentType;
    r.m_rawBody = body;
    return r;
}

ApiResponse ApiResponse::stream(const QByteArray &contentType, std::shared_ptr<QIODevice> body, qint64 size)
{
    ApiResponse r;
    r.m_kind = Kind::Stream;
    r.m_status = 200;
    r.m_contentType = contentType;
    r.m_stream = std::move(body);
    r.m_streamSize = size;
    return r;
}

ApiResponse &ApiResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.emplaceBack(name, value);
    return *this;
}
