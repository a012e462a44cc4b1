// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// The words of an error for the person who reads them, in the box's language: the English message is looked
// up in the installed catalogue (context "ServiceError"); one written with values is matched against the
// catalogue's templates (ErrorTemplateMatcher) and its values put into the template's translation; a message
// the catalogue does not have stays English. The log keeps the English. A service marks a message for the
// catalogue where it writes it, with its values as Qt placeholders:
//     ServiceError::conflict(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "no PIN is set")))
//     QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be at most %2
//     characters")).arg(field).arg(max)
// A word passed as a value ("playlist" in "%1 not found") is marked too, so it is translated where it stands.
namespace ErrorTranslation {
inline constexpr auto context = "ServiceError";

QString message(const QString &english);
// details with each details.errors[].message translated (a 422 names its fields; the page shows the text).
QJsonObject details(const QJsonObject &details);
} // namespace ErrorTranslation
