// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// The error vocabulary shared by every service. The HTTP edge maps it to a status code and an envelope
// (server/apiresponse), the socket edge to err:op; services never think in HTTP status codes.
enum class ErrorType {
    BadRequest,
    Unauthorized,
    Forbidden,
    Validation,
    NotFound,
    MethodNotAllowed,
    Conflict,
    PayloadTooLarge,
    RateLimited,
    Internal,
    ServiceUnavailable,
    InsufficientStorage,
};

struct ServiceError
{
    ErrorType type = ErrorType::Internal;
    QString message;
    QJsonObject details;

    static ServiceError notFound(const QString &resource, const QString &id);
    static ServiceError validation(const QString &field, const QString &message);
    static ServiceError conflict(const QString &message, const QJsonObject &details = {});
    static ServiceError internal(const QString &operation, const QString &message);
};

QString errorTypeName(ErrorType type);
int httpStatusFor(ErrorType type);
