// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/serviceerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Reads typed fields from a JSON body with the protocol's strict rules (PROTOCOL.md §2.1, §2.3) and collects
// every problem as {field, message}, so one 422 names them all. `null` on an optional field counts as absent.
class FieldValidator
{
public:
    enum Presence { Optional, Required };

    explicit FieldValidator(const QJsonObject &object, const QString &prefix = {});

    std::optional<QString> string(const QString &field, Presence presence, int minLength = 0,
                                  int maxLength = 1 << 20);
    // A title-like text: trimmed, no control characters, 1..maxLength characters.
    std::optional<QString> text(const QString &field, Presence presence, int maxLength,
                                bool allowEmpty = false);
    std::optional<qint64> integer(const QString &field, Presence presence, qint64 min, qint64 max);
    std::optional<bool> boolean(const QString &field, Presence presence);
    std::optional<QJsonArray> array(const QString &field, Presence presence);
    std::optional<QJsonObject> object(const QString &field, Presence presence);
    std::optional<QString> id(const QString &field, Presence presence); // [A-Za-z0-9_-]{1,100}
    std::optional<QString> tagId(const QString &field, Presence presence);
    // An absolute http or https URL with a host, at most maxLength characters once encoded; returned encoded
    // (QUrl::FullyEncoded), so the same address is always stored the same way.
    std::optional<QString> httpUrl(const QString &field, Presence presence, int maxLength);
    std::optional<QString> oneOf(const QString &field, Presence presence, const QStringList &choices);

    bool has(const QString &field) const;
    void addError(const QString &field, const QString &message);
    // Takes the problems a validator of a nested object (made with a prefix) found.
    void merge(const FieldValidator &nested);
    bool ok() const { return m_errors.isEmpty(); }
    ServiceError error() const;

    static bool isInteger(const QJsonValue &value);

private:
    std::optional<QJsonValue> present(const QString &field, Presence presence);
    // present(), and of JSON type `type`; else the error "<field> must be <mustBe>".
    std::optional<QJsonValue> presentAs(const QString &field, Presence presence, QJsonValue::Type type,
                                        const QString &mustBe);
    QString path(const QString &field) const;

    QJsonObject m_object;
    QString m_prefix;
    QJsonArray m_errors;
};
