// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalidator.h"

#include "common/ids.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

FieldValidator::FieldValidator(const QJsonObject &object, const QString &prefix)
    : m_object(object)
    , m_prefix(prefix)
{ }

QString FieldValidator::path(const QString &field) const
{
    return m_prefix.isEmpty() ? field : m_prefix + u'.' + field;
}

bool FieldValidator::has(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    return !value.isUndefined() && !value.isNull();
}

void FieldValidator::addError(const QString &field, const QString &message)
{
    m_errors.append(QJsonObject {{u"field"_s, path(field)}, {u"message"_s, message}});
}

void FieldValidator::merge(const FieldValidator &nested)
{
    for (const QJsonValue &problem : nested.m_errors)
        m_errors.append(problem);
}

ServiceError FieldValidator::error() const
{
    const QString first
        = m_errors.isEmpty() ? QString() : m_errors.first().toObject().value(u"message"_s).toString();
    return {ErrorType::Validation,
            first.isEmpty() ? QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "invalid request")) : first,
            {{u"errors"_s, m_errors}}};
}

bool FieldValidator::isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0;
}

std::optional<QJsonValue> FieldValidator::present(const QString &field, Presence presence)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Required)
            addError(field,
                     QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 is required")).arg(path(field)));
        return std::nullopt;
    }
    return value;
}

std::optional<QJsonValue> FieldValidator::presentAs(const QString &field, Presence presence,
                                                    QJsonValue::Type type, const QString &mustBe)
{
    const auto value = present(field, presence);
    if (value && value->type() != type) {
        addError(
            field,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be %2")).arg(path(field), mustBe));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> FieldValidator::string(const QString &field, Presence presence, int minLength,
                                              int maxLength)
{
    const auto value = presentAs(field, presence, QJsonValue::String,
                                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a string")));
    if (!value)
        return std::nullopt;
    const QString s = value->toString();
    if (s.size() < minLength || s.size() > maxLength) {
        addError(field,
                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must have %2 to %3 characters"))
                     .arg(path(field))
                     .arg(minLength)
                     .arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> FieldValidator::text(const QString &field, Presence presence, int maxLength,
                                            bool allowEmpty)
{
    const auto raw = string(field, presence);
    if (!raw)
        return std::nullopt;
    const QString s = raw->trimmed();
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control) {
            addError(
                field,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must not contain control characters"))
                    .arg(path(field)));
            return std::nullopt;
        }
    }
    if ((!allowEmpty && s.isEmpty()) || s.size() > maxLength) {
        addError(field,
                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must have %2 to %3 characters"))
                     .arg(path(field))
                     .arg(allowEmpty ? 0 : 1)
                     .arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> FieldValidator::integer(const QString &field, Presence presence, qint64 min, qint64 max)
{
    const auto value = present(field, presence);
    if (!value)
        return std::nullopt;
    if (!isInteger(*value)) {
        addError(
            field,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be an integer")).arg(path(field)));
        return std::nullopt;
    }
    const qint64 n = qint64(value->toDouble());
    if (n < min || n > max) {
        addError(field,
                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be between %2 and %3"))
                     .arg(path(field))
                     .arg(min)
                     .arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> FieldValidator::boolean(const QString &field, Presence presence)
{
    const auto value = presentAs(field, presence, QJsonValue::Bool,
                                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "true or false")));
    return value ? std::optional(value->toBool()) : std::nullopt;
}

std::optional<QJsonArray> FieldValidator::array(const QString &field, Presence presence)
{
    const auto value = presentAs(field, presence, QJsonValue::Array,
                                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "an array")));
    return value ? std::optional(value->toArray()) : std::nullopt;
}

std::optional<QJsonObject> FieldValidator::object(const QString &field, Presence presence)
{
    const auto value = presentAs(field, presence, QJsonValue::Object,
                                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "an object")));
    return value ? std::optional(value->toObject()) : std::nullopt;
}

std::optional<QString> FieldValidator::id(const QString &field, Presence presence)
{
    const auto value = string(field, presence);
    if (!value)
        return std::nullopt;
    if (!Ids::isValidBodyId(*value)) {
        addError(
            field,
            QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "%1 must be 1 to 100 characters of A-Z, a-z, 0-9, _ and -"))
                .arg(path(field)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> FieldValidator::tagId(const QString &field, Presence presence)
{
    const auto value = string(field, presence);
    if (!value)
        return std::nullopt;
    const QString tag = Ids::normalizeTagId(*value);
    if (tag.isEmpty()) {
        addError(field,
                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be 4 to 64 hexadecimal digits"))
                     .arg(path(field)));
        return std::nullopt;
    }
    return tag;
}

std::optional<QString> FieldValidator::httpUrl(const QString &field, Presence presence, int maxLength)
{
    const auto value = string(field, presence);
    if (!value)
        return std::nullopt;
    const QString text = value->trimmed();
    // Tolerant parsing takes an address as a person types it (é in a path); spaces and control characters,
    // which it would quietly encode, are refused instead.
    const QUrl url(text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    const bool hasBlank = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control;
    });
    if (hasBlank || !url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || url.host().isEmpty()) {
        addError(field,
                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError",
                                                     "%1 must be an http:// or https:// address with a host"))
                     .arg(path(field)));
        return std::nullopt;
    }
    const QString encoded = url.toString(QUrl::FullyEncoded);
    if (encoded.size() > maxLength) {
        addError(field,
                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be at most %2 characters"))
                     .arg(path(field))
                     .arg(maxLength));
        return std::nullopt;
    }
    return encoded;
}

std::optional<QString> FieldValidator::oneOf(const QString &field, Presence presence,
                                             const QStringList &choices)
{
    const auto value = string(field, presence);
    if (!value)
        return std::nullopt;
    if (!choices.contains(*value)) {
        addError(field,
                 QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be one of %2"))
                     .arg(path(field), choices.join(u", "_s)));
        return std::nullopt;
    }
    return value;
}
