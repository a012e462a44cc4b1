// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "library/pinrepository.h"
#include "parentsessions.h"
#include "pinlockout.h"

#include <QObject>

#include <functional>
#include <optional>

// The parents' PIN (PROTOCOL.md §4.10): setting, changing and removing it, unlocking a browser for an hour of
// use, and the pause after too many wrong guesses. Keys are derived on a worker thread (a slow hash takes a
// good part of a second on a small board), so the answers come back later, on this object's thread. Without a
// PIN everything is allowed, as on a box that never had one.
class ParentAuth : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int iterations = 100000; // PBKDF2 rounds for a new PIN; a stored one keeps its own
        PinLockout::Config lockout {};
        ParentSessions::Config sessions {};
    };
    // A session token on success (empty after the PIN was removed), else the reason.
    using Answer = std::function<void(Result<QByteArray>)>;

    ParentAuth(const Config &config, PinRepository &pins, const Clock &clock, QObject *parent = nullptr);

    // Reads whether a PIN is set; after the database is open.
    void load();
    bool isPinSet() const { return m_stored.has_value(); }
    // True without a PIN, or for a live session token (whose hour starts again).
    bool allows(const QByteArray &token);
    // The token is a live session; its hour does not start again.
    bool isUnlocked(const QByteArray &token) const;

    void unlock(const QString &pin, Answer done);
    void lock(const QByteArray &token);
    // newPin nullopt removes the PIN. While one is set, currentPin must match (a guess like any other).
    // Every other session ends; the one answered is the changer's.
    void changePin(const std::optional<QString> &newPin, const QString &currentPin, Answer done);

private:
    std::optional<ServiceError> beginGuess();
    ServiceError wrongPin(const QString &field) const;

    Config m_config;
    PinRepository &m_pins;
    PinLockout m_lockout;
    ParentSessions m_sessions;
    std::optional<PinRepository::StoredPin> m_stored;
    quint64 m_generation = 0; // moves with every change: a guess checked against an old PIN is void
};
