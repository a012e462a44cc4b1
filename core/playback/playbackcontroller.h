// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audiobackend.h"
#include "common/clock.h"
#include "common/result.h"
#include "library/playlist.h"
#include "playbackgate.h"
#include "playerlibrary.h"
#include "playqueue.h"
#include "resumepoints.h"
#include "streamreconnect.h"
#include "volumelimits.h"

#include <QObject>
#include <QPointer>

#include <optional>

// The player's decisions (PROTOCOL.md §6.1), never the device: what is loaded, which track is current, what
// play/pause/next/... mean in each state, repeat and shuffle, volume limits; where to resume is ResumePoints'
// job. It commands an
// AudioBackend and reacts to its facts (end of media, errors); it holds no QtMultimedia and no SQL, so the
// whole logic runs in tests over FakeAudioBackend. HTTP routes, the NFC tags and the buttons all call here.
class PlaybackController : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };
    enum class Repeat { None, Playlist, Track };
    enum class StartMode { FromStart, Resume };
    Q_ENUM(State)
    Q_ENUM(Repeat)
    Q_ENUM(StartMode)

    // What a command did: `applied` is false when it was impossible or a no-op; `message` says what happened.
    // `refusal` is set when the request itself cannot be done (a seek in a live stream): an error for the
    // client, not a no-op.
    struct Outcome
    {
        bool applied = false;
        QString message;
        std::optional<ServiceError> refusal = {};
    };

    struct Config
    {
        int volumeMin = 0; // VOLUME_MIN .. VOLUME_MAX bound every volume request
        int volumeMax = 100;
        int volumeDefault = 50;
        int volumeStep = 5; // one button or encoder detent
        int previousRestartThresholdMs = 3000; // `previous` later than this restarts the track
        ResumePoints::Config resume;
        StreamReconnect::Config stream;

        static Config fromSettings(const Settings &settings);
    };

    PlaybackController(const Config &config, PlayerLibrary &library, const Clock &clock,
                       QObject *parent = nullptr);
    ~PlaybackController() override;

    // The backend arrives after the box listens (opening audio must not hold back the first answer).
    void attachBackend(AudioBackend *backend);
    // The parents' rules, asked before every start or resume (null: no rules). Set once by the composition
    // root; the gate outlives the controller's use of it.
    void setGate(const PlaybackGate *gate) { m_gate = gate; }
    bool isAudioAvailable() const;

    // Loads a playlist and plays it: `trackId`, else (Resume) its resume point, else the first playable
    // track. Errors: not_found (playlist, track), conflict {reason: no_playable_tracks | track_not_playable}.
    Status startPlaylist(const QString &playlistId, StartMode mode,
                         const std::optional<QString> &trackId = {});
    Status playPlaylist(const Playlist &playlist, StartMode mode, const std::optional<QString> &trackId = {});

    Outcome play(); // = resume
    Outcome pause();
    Outcome togglePlayPause();
    Outcome stop();
    Outcome next();
    Outcome previous();
    Outcome seek(qint64 positionMs);
    Outcome setVolume(int volume); // clamped to [VOLUME_MIN, maxVolume()]; the message says so
    Outcome volumeStep(int steps); // +1 / -1 detents of VOLUME_STEP
    Outcome setMuted(std::optional<bool> muted); // nullopt = invert
    // A fade on top of the volume (the sleep timer's): 0..1 times the volume's gain; the volume clients see
    // stays what it is. With `glideMs` the output gets there gradually over that time (AudioBackend
    // glideVolume).
    void setOutputScale(double scale, int glideMs = 0);
    // The parental rules' cap on the volume (quiet hours; nullopt = none). A volume above the new maximum is
    // lowered to it.
    void setVolumeCap(std::optional<int> cap);
    Outcome setShuffle(bool enabled);
    Outcome setRepeat(Repeat mode);

    // Saves where the loaded playlist is (shutdown, and the 5 s cadence while playing).
    void saveResumePoint();

    State state() const { return m_state; }
    bool isPlaying() const { return m_state == State::Playing; }
    bool isLoaded() const { return m_playlist.has_value(); }
    QString loadedPlaylistId() const;
    QString loadedPlaylistTitle() const;
    std::optional<QString> loadedPlaylistCover() const; // its picture's stored name
    QString lastActivePlaylistId() const { return m_lastActivePlaylistId; }
    const Track *currentTrack() const;
    int trackIndex() const; // among playable tracks, -1 when none
    int trackCount() const { return m_queue.count(); }
    qint64 position() const; // 0 when stopped
    std::optional<qint64> readPosition() const; // nullopt = the backend failed to tell
    qint64 duration() const;
    // The current track is a stream of unknown length (a radio): no duration, no seeking.
    bool isLive() const;
    bool canNext() const;
    bool canPrevious() const;
    int volume() const { return m_volume; }
    // The loudest volume allowed now: VOLUME_MAX, the loaded playlist's max_volume and the cap
    // (VolumeLimits).
    int maxVolume() const { return m_limits.maximum(); }
    bool isMuted() const { return m_muted; }
    bool isShuffled() const { return m_shuffle; }
    Repeat repeat() const { return m_repeat; }

public Q_SLOTS:
    // Library edits (PlaylistService): rebuild the playable list, or unload.
    void onPlaylistChanged(const QString &playlistId);
    void onPlaylistRemoved(const QString &playlistId);

Q_SIGNALS:
    // Some PlayerState field other than the position may have changed.
    void changed();
    // The position jumped or playing started/stopped: position watchers emit at once. Always after changed().
    void positionDiscontinuity();
    // The gate refused to start or resume this playlist: it stays as it was.
    void startBlocked(const QString &playlistId);
    // A track could not be played and was skipped.
    void trackFailed(const QString &trackId, const QString &message);

private:
    void onEndOfMedia();
    void onNextFileStarted(const QString &filePath);
    std::optional<int> followingPosition() const;
    void prepareFollowing();
    void onBackendError(AudioBackend::Error error, const QString &message);
    // A stream dropped: try it again later, or give up on it.
    void onStreamDropped(const QString &reason);
    void onReconnectDue(int attempt);
    void skipFailedTrack(const QString &message);
    void startTrackAt(int orderPosition, qint64 startMs);
    void enterTrack(qint64 startMs);
    void applyEndRule();
    void unload();
    void saveResumePointAt(qint64 positionMs);
    void notify(bool positionJump);
    void applyGain(int glideMs = 0);
    std::optional<PlaybackGate::Block> gateBlocks(const QString &playlistId);
    void applyPlaylistLimit();
    void enforceMaximum();
    void rebuild(const Playlist &fresh);
    QList<Track> playableTracks(const Playlist &playlist) const;

    Config m_config;
    PlayerLibrary &m_library;
    const Clock &m_clock;
    ResumePoints m_resume;
    StreamReconnect m_reconnect;
    VolumeLimits m_limits;
    QPointer<AudioBackend> m_backend;
    const PlaybackGate *m_gate = nullptr;

    std::optional<Playlist> m_playlist;
    PlayQueue m_queue;
    State m_state = State::Stopped;
    Repeat m_repeat = Repeat::None;
    bool m_shuffle = false;
    int m_volume = 50;
    bool m_muted = false;
    double m_outputScale = 1.0;
    qint64 m_pausedPosition = 0;
    int m_consecutiveFailures = 0;
    QString m_lastActivePlaylistId;
};
