// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>

#include <functional>

class PlaybackController;
class SleepTimer;
class StateManager;

// Builds the one PlayerState object of PROTOCOL.md §3 (HTTP player and start responses, state:player,
// snapshots) and publishes it: state:volume_changed when volume or mute change, then state:player when any
// field but position_ms/server_seq changed since the last publication.
class PlayerStateService : public QObject
{
    Q_OBJECT
public:
    PlayerStateService(PlaybackController &controller, const SleepTimer &sleep, StateManager &state,
                       QObject *parent = nullptr);

    QJsonObject playerState() const; // server_seq = the current global seq
    // Where PlayerState `listening` comes from (the parental rules, above this layer); null without one.
    void setListeningSource(std::function<QJsonValue()> source) { m_listening = std::move(source); }
    // Publishes state:player if something other than the moving counters changed.
    void refresh() { publishIfChanged(); }
    static QString stateName(int state);
    static QString repeatName(int repeat);
    // One line for people (systemd's STATUS=): "playing Track (Playlist)", "paused Track (Playlist)" or
    // "idle".
    static QString summary(const QJsonObject &playerState);

private:
    QJsonObject build(qint64 serverSeq) const;
    void publishIfChanged();

    PlaybackController &m_controller;
    const SleepTimer &m_sleep;
    StateManager &m_state;
    std::function<QJsonValue()> m_listening;
    QJsonObject m_lastPublished; // without position_ms and server_seq
};
