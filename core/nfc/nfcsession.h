// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One association session (PROTOCOL.md §3 NfcSession): a playlist waiting for its tag. Wall-clock times are
// only for the wire; the deadline that decides the timeout is on the monotonic clock.
struct NfcSession
{
    enum class State { Waiting, Duplicate, Success, Timeout, Cancelled, Error };

    struct Owner
    {
        QString id;
        QString title;
    };

    QString id;
    QString playlistId;
    State state = State::Waiting;
    bool overrideMode = false;
    std::optional<QString> tagId;
    std::optional<Owner> existingPlaylist;
    QDateTime createdAt;
    int timeoutMs = 60000;
    qint64 deadlineMs = 0; // monotonic
    qint64 endedAtMs = 0; // monotonic, when it turned terminal

    bool isActive() const { return state == State::Waiting || state == State::Duplicate; }
    double expiresAtSeconds() const; // Unix seconds
    int remainingSeconds(qint64 nowMs) const;
    QJsonObject toJson(qint64 nowMs) const;

    static QString stateName(State state);
};
