// SPDX-License-Identifier: GPL-3.0-or-later
#include "authroutes.h"

#include "parental/parentauth.h"
#include "parentgate.h"
#include "router.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QJsonObject status(bool pinSet, bool unlocked)
{
    return {{u"pin_set"_s, pinSet}, {u"unlocked"_s, unlocked}};
}

ApiResponse refusal(const ServiceError &error)
{
    ApiResponse response = ApiResponse::failure(error);
    if (error.type == ErrorType::RateLimited)
        response.withHeader("Retry-After",
                            QByteArray::number(error.details.value(u"retry_after_s"_s).toInt()));
    return response;
}

// A PIN field: absent, null, or a string (its digits are ParentAuth's to check).
std::optional<ServiceError> pinFieldError(const QJsonObject &json, const QString &field)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull() || value.isString())
        return std::nullopt;
    return ServiceError::validation(
        field,
        QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be a string of 4 to 8 digits"))
            .arg(field));
}

} // namespace

AuthRoutes::AuthRoutes(ParentAuth &auth)
    : m_auth(auth)
{ }

void AuthRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/auth/status"_s, [this](const ApiRequest &request) {
        const QByteArray token = ParentGate::tokenIn(request.header("cookie"));
        return ApiResponse::success(status(m_auth.isPinSet(), m_auth.isUnlocked(token)), u"lock state"_s);
    });

    router.addAsync("POST", u"/api/auth/unlock"_s, [this](const ApiRequest &request, ApiResponder respond) {
        if (const auto error = pinFieldError(request.json, u"pin"_s))
            return respond(ApiResponse::failure(*error));
        m_auth.unlock(request.json.value(u"pin"_s).toString(), [respond](Result<QByteArray> token) {
            if (!token)
                return respond(refusal(token.error()));
            respond(ApiResponse::success(status(true, true), u"unlocked"_s)
                        .withHeader("Set-Cookie", ParentGate::setCookie(*token)));
        });
    });

    router.add("POST", u"/api/auth/lock"_s, [this](const ApiRequest &request) {
        m_auth.lock(ParentGate::tokenIn(request.header("cookie")));
        return ApiResponse::success(status(m_auth.isPinSet(), false), u"locked"_s)
            .withHeader("Set-Cookie", ParentGate::clearCookie());
    });

    router.addAsync("PUT", u"/api/settings/pin"_s, [this](const ApiRequest &request, ApiResponder respond) {
        if (!request.json.contains(u"pin"_s))
            return respond(ApiResponse::failure(ServiceError::validation(
                u"pin"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP(
                    "ServiceError", "pin is required: 4 to 8 digits, or null to remove the PIN")))));
        for (const QString &field : {u"pin"_s, u"current_pin"_s}) {
            if (const auto error = pinFieldError(request.json, field))
                return respond(ApiResponse::failure(*error));
        }
        const QJsonValue pin = request.json.value(u"pin"_s);
        const std::optional<QString> newPin = pin.isNull() ? std::nullopt : std::optional(pin.toString());
        m_auth.changePin(newPin, request.json.value(u"current_pin"_s).toString(),
                         [respond](Result<QByteArray> token) {
                             if (!token)
                                 return respond(refusal(token.error()));
                             if (token->isEmpty())
                                 return respond(ApiResponse::success(status(false, false), u"PIN removed"_s)
                                                    .withHeader("Set-Cookie", ParentGate::clearCookie()));
                             respond(ApiResponse::success(status(true, true), u"PIN set"_s)
                                         .withHeader("Set-Cookie", ParentGate::setCookie(*token)));
                         });
    });
}
