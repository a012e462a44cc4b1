// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budgetday.h"
#include "library/parentalsettings.h"
#include "listeningcounter.h"
#include "playback/playbackgate.h"
#include "quiethours.h"

#include <QJsonValue>
#include <QObject>
#include <QTimer>

class Clock;
class ParentalRepository;
class PlaybackController;
class StateManager;

// The parents' rules in force (PROTOCOL.md §4.6): refuses to start a playlist in quiet hours unless it is
// allowed, and anything once the day's budget is used up (PlaybackGate); caps the volume at quiet_max_volume
// in quiet hours; counts listening time; and, when quiet hours begin over a playlist that is not allowed or
// the budget runs out while music plays, fades the music out and pauses it. Every refusal and every such
// pause is announced once as state:playback_blocked. Time comes from the Clock on every tick.
class ParentalGuard : public QObject, public PlaybackGate
{
    Q_OBJECT
public:
    struct Config
    {
        QTimeZone zone = QTimeZone::systemTimeZone();
        int tickMs = 1000; // how often the rules are looked at while nothing fades
        int fadeMs = 5000; // the fade before a pause the rules impose; it steps at FadeCadence's pace
        qint64 saveEveryMs = 5000; // listening time written at least this often while playing
    };

    ParentalGuard(const Config &config, ParentalRepository &repository, PlaybackController &player,
                  StateManager &state, const Clock &clock, QObject *parent = nullptr);

    // Reads the settings and today's listening time (the database is open by now).
    void load();
    void start(); // load() and the ticks; tests call load() and evaluate() by hand instead
    const ParentalSettings &settings() const { return m_settings; }
    // Saves the settings and puts them in force.
    Status apply(const ParentalSettings &settings);

    std::optional<Block> blocks(const QString &playlistId) const override;
    // PlayerState `listening`: {today_ms, budget_ms (null without a budget)}.
    QJsonValue listeningJson() const;

public Q_SLOTS:
    // One look at the rules: count, cap, fade, pause.
    void evaluate();
    // The player refused a start because of blocks(): announce it.
    void announceRefusal(const QString &playlistId);

Q_SIGNALS:
    // What PlayerState shows of the rules changed (the budget).
    void changed();
    // A refusal or a rule-imposed pause was announced (state:playback_blocked went out).
    void playbackBlocked(const QString &reason);

private:
    void announce(const Block &block, const QString &playlistId);
    void startFade(const Block &block);
    void stepFade();

    Config m_config;
    ParentalRepository &m_repository;
    PlaybackController &m_player;
    StateManager &m_state;
    const Clock &m_clock;
    ParentalSettings m_settings;
    QuietHours m_quiet;
    ListeningCounter m_counter;
    QTimer m_ticker;
    std::optional<qint64> m_fadeStartedMs;
    std::optional<std::optional<int>> m_capApplied; // the cap last given to the player
};
