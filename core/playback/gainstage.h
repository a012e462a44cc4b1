// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>

// The output gain applied to the samples on their way to the sound server: the level (volume curve, mute,
// fades) times the track's loudness gain. A level change never jumps: it ramps linearly over rampMs of
// samples, so pause, stop, a playlist switch and volume changes are click-free in what is actually played.
// The track gain switches at a track boundary (beginTrack), where the audio is discontinuous anyway.
// Thread-safe: the controls come from the main thread, process() runs on the streaming thread.
class GainStage
{
public:
    explicit GainStage(int rampMs);

    void rampTo(double level);
    // Reaches `level` in exactly `durationMs` of samples (a slow glide: a timed fade's next stretch).
    void glideTo(double level, int durationMs);
    void jumpTo(double level); // only while nothing streams (a fresh start from silence)
    double targetLevel() const;
    bool isSettled() const; // the last rampTo has been applied to every sample since

    // The loudness gain of the next track: takes effect at beginTrack().
    void setNextTrackGain(double gain);
    void setTrackGain(double gain); // immediately (nothing streams)
    void beginTrack();

    // Scales interleaved float samples in place; returns true when a ramp finished inside this block.
    bool process(float *samples, int frames, int channels, int sampleRate);

private:
    const int m_rampMs;
    mutable std::mutex m_mutex;
    double m_level = 0.0;
    double m_target = 0.0;
    double m_step = 0.0; // per frame; recomputed when the target or the rate changes
    bool m_stepValid = false;
    int m_glideMs = 0; // > 0: the current ramp takes this long, whatever its size
    double m_trackGain = 1.0;
    double m_nextTrackGain = 1.0;
};
