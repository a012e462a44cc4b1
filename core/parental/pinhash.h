// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The parents' PIN as it is kept: PBKDF2-SHA256 over the PIN with a random 16-byte salt, 32-byte keys. Pure
// functions; slow on purpose (ParentAuth runs derive() on a worker thread).
namespace PinHash {

QByteArray newSalt();
QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);
// Compares every byte whatever the first difference, so the time taken does not tell how much matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
// 4 to 8 ASCII digits.
bool isWellFormed(const QString &pin);

} // namespace PinHash
