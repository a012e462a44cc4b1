// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceerror.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

ServiceError ServiceError::notFound(const QString &resource, const QString &id)
{
    return {ErrorType::NotFound,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 not found")).arg(resource),
            {{u"resource"_s, resource}, {u"id"_s, id}}};
}

ServiceError ServiceError::validation(const QString &field, const QString &message)
{
    const QJsonObject error {{u"field"_s, field}, {u"message"_s, message}};
    return {ErrorType::Validation, message, {{u"errors"_s, QJsonArray {error}}}};
}

ServiceError ServiceError::conflict(const QString &message, const QJsonObject &details)
{
    return {ErrorType::Conflict, message, details};
}

ServiceError ServiceError::internal(const QString &operation, const QString &message)
{
    return {ErrorType::Internal, message, {{u"operation"_s, operation}}};
}

QString errorTypeName(ErrorType type)
{
    switch (type) {
    case ErrorType::BadRequest:
        return u"bad_request"_s;
    case ErrorType::Unauthorized:
        return u"unauthorized"_s;
    case ErrorType::Forbidden:
        return u"forbidden"_s;
    case ErrorType::Validation:
        return u"validation_error"_s;
    case ErrorType::NotFound:
        return u"not_found"_s;
    case ErrorType::MethodNotAllowed:
        return u"method_not_allowed"_s;
    case ErrorType::Conflict:
        return u"conflict"_s;
    case ErrorType::PayloadTooLarge:
        return u"payload_too_large"_s;
    case ErrorType::RateLimited:
        return u"rate_limit_exceeded"_s;
    case ErrorType::Internal:
        return u"internal_error"_s;
    case ErrorType::ServiceUnavailable:
        return u"service_unavailable"_s;
    case ErrorType::InsufficientStorage:
        return u"insufficient_storage"_s;
    }
    return u"internal_error"_s;
}

int httpStatusFor(ErrorType type)
{
    switch (type) {
    case ErrorType::BadRequest:
        return 400;
    case ErrorType::Unauthorized:
        return 401;
    case ErrorType::Forbidden:
        return 403;
    case ErrorType::Validation:
        return 422;
    case ErrorType::NotFound:
        return 404;
    case ErrorType::MethodNotAllowed:
        return 405;
    case ErrorType::Conflict:
        return 409;
    case ErrorType::PayloadTooLarge:
        return 413;
    case ErrorType::RateLimited:
        return 429;
    case ErrorType::Internal:
        return 500;
    case ErrorType::ServiceUnavailable:
        return 503;
    case ErrorType::InsufficientStorage:
        return 507;
    }
    return 500;
}
