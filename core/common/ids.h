// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Identifiers the server makes (PROTOCOL.md "Units").
namespace Ids {
QString newUuid(); // lower-case UUID v4 without braces
QString newSid(); // 20 characters from [A-Za-z0-9_-]
bool isValidBodyId(const QString &id); // 1..100 of [A-Za-z0-9_-]
bool isValidClientOpId(const QString &id); // same rule
QString normalizeTagId(const QString &raw); // strip ':', '-', ' ' and lower-case; empty if not 4..64 hex
} // namespace Ids
