// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "nfcsession.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <deque>

class Clock;
class PlaylistService;
class StateManager;

// Pairs tags with playlists (PROTOCOL.md §6.4): at most one active session box-wide, its timeout on the
// monotonic clock, and every transition published as nfc_association_state (global, sequenced) before the
// library events it causes. A tag belongs to at most one playlist; moving one goes through PlaylistService.
// changed() is emitted once at the end of every operation that touched a session (nfc_status follows it).
class AssociationService : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int defaultTimeoutMs = 60000;
        int retainSec = 5;
    };

    struct OverrideResult
    {
        NfcSession session;
        bool completed = false;
    };

    struct Association
    {
        QString tagId;
        QString playlistId;
        QString playlistTitle;
        std::optional<QString> previousPlaylistId;
    };

    AssociationService(PlaylistService &playlists, StateManager &state, const Clock &clock, Config config,
                       QObject *parent = nullptr);

    // POST /api/nfc/scan and start_nfc_link.
    Result<NfcSession> startSession(const QString &playlistId, std::optional<int> timeoutMs = {});
    // DELETE /api/nfc/session/{id}: an unknown id is not_found; a terminal one is returned unchanged.
    Result<NfcSession> cancelSession(const QString &sessionId);
    // stop_nfc_link: not_found when the playlist has no active session.
    Result<NfcSession> stopForPlaylist(const QString &playlistId);
    // override_nfc_tag.
    Result<OverrideResult> overrideTag(const QString &playlistId, const std::optional<QString> &tagId);
    // POST /api/nfc/associate.
    Result<Association> associate(const QString &tagId, const QString &playlistId, bool override);

    // DELETE /api/nfc/associate/{tag_id}: the playlist that had it; not_found (nfc_tag) for a free tag.
    Result<Association> dissociate(const QString &tagId);

    // A tag placed while a session is active.
    void handleTag(const QString &tagId);

    bool isActive() const { return activeIndex() >= 0; }
    std::optional<NfcSession> activeSession() const;
    std::optional<NfcSession> session(const QString &sessionId) const;
    // The active session plus those that turned terminal within the retention time (NfcStatus).
    QJsonArray sessionsJson() const;

    // Expires the active session when its deadline has passed (the timer calls it; tests with a manual
    // clock).
    void evaluate();

public Q_SLOTS:
    void onPlaylistRemoved(const QString &playlistId);

Q_SIGNALS:
    void changed();
    // A tag now belongs to `playlistId` (a session completed, or a direct link from a page, the screen or a
    // socket).
    void tagLinked(const QString &tagId, const QString &playlistId);

private:
    int activeIndex() const;
    NfcSession &createSession(const QString &playlistId, int timeoutMs, bool overrideMode);
    // Ends the active session (if any) for a new one of `playlistId`; returns the id it replaced when silent.
    std::optional<QString> endActiveFor(const QString &playlistId);
    void finish(NfcSession &session, NfcSession::State state, const QString &message = {});
    void publish(const NfcSession &session, const QJsonObject &extra = {}, const QString &message = {});
    void publishWaiting(const NfcSession &session, const std::optional<QString> &replaces);
    // Gives the tag to the session's playlist: success first, then the library events.
    Status completeWithTag(NfcSession &session, const QString &tagId,
                           const std::optional<QString> &previousOwner);
    void armTimer();
    void prune();
    qint64 now() const;

    PlaylistService &m_playlists;
    StateManager &m_state;
    const Clock &m_clock;
    Config m_config;
    std::deque<NfcSession> m_sessions; // oldest first; at most one active
    QTimer m_expiryTimer;
};
