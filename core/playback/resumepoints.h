// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "playerlibrary.h"

#include <QObject>
#include <QTimer>

#include <optional>

struct Settings;

// Where each playlist was left (PROTOCOL.md §6.1): the player saves a point when it pauses, stops, switches
// playlists and every few seconds while it plays (a power cut loses at most that much), and asks for it back
// when a tag starts the playlist again. Points older than the configured age are not used.
class ResumePoints : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        bool enabled = true; // TAG_RESUME_ENABLED
        int rewindMs = 2000; // RESUME_REWIND_MS: a few seconds again, to pick up the thread
        int maxAgeDays = 30; // RESUME_MAX_AGE_DAYS
        int saveIntervalMs = 5000;

        static Config fromSettings(const Settings &settings);
    };

    // Where to start: a track and the position in it (already rewound).
    struct Spot
    {
        QString trackId;
        qint64 positionMs = 0;
    };

    ResumePoints(const Config &config, PlayerLibrary &library, const Clock &clock, QObject *parent = nullptr);

    std::optional<Spot> startingSpot(const QString &playlistId) const;
    void save(const QString &playlistId, const QString &trackId, qint64 positionMs);
    void clear(const QString &playlistId);

    // While something plays, due() fires every saveIntervalMs.
    void startCadence() { m_cadence.start(); }
    void stopCadence() { m_cadence.stop(); }

Q_SIGNALS:
    void due();

private:
    Config m_config;
    PlayerLibrary &m_library;
    const Clock &m_clock;
    QTimer m_cadence;
};
