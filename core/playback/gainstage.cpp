// SPDX-License-Identifier: GPL-3.0-or-later
#include "gainstage.h"

#include <cmath>

GainStage::GainStage(int rampMs)
    : m_rampMs(rampMs)
{ }

void GainStage::rampTo(double level)
{
    const std::lock_guard lock(m_mutex);
    m_target = level;
    m_glideMs = 0;
    m_stepValid = false;
}

void GainStage::glideTo(double level, int durationMs)
{
    const std::lock_guard lock(m_mutex);
    m_target = level;
    m_glideMs = std::max(1, durationMs);
    m_stepValid = false;
}

void GainStage::jumpTo(double level)
{
    const std::lock_guard lock(m_mutex);
    m_level = m_target = level;
    m_glideMs = 0;
    m_stepValid = false;
}

double GainStage::targetLevel() const
{
    const std::lock_guard lock(m_mutex);
    return m_target;
}

bool GainStage::isSettled() const
{
    const std::lock_guard lock(m_mutex);
    return m_level == m_target;
}

void GainStage::setNextTrackGain(double gain)
{
    const std::lock_guard lock(m_mutex);
    m_nextTrackGain = gain;
}

void GainStage::setTrackGain(double gain)
{
    const std::lock_guard lock(m_mutex);
    m_trackGain = m_nextTrackGain = gain;
}

void GainStage::beginTrack()
{
    const std::lock_guard lock(m_mutex);
    m_trackGain = m_nextTrackGain;
}

bool GainStage::process(float *samples, int frames, int channels, int sampleRate)
{
    const std::lock_guard lock(m_mutex);
    const bool ramping = m_level != m_target;
    if (ramping && !m_stepValid) {
        const double direction = m_target > m_level ? 1.0 : -1.0;
        if (m_glideMs > 0) {
            m_step = (m_target - m_level) / std::max(1.0, double(m_glideMs) * sampleRate / 1000.0);
        } else {
            const double rampFrames = std::max(1.0, double(m_rampMs) * sampleRate / 1000.0);
            // The full range in rampMs: a small change is over sooner, with the same gentle slope.
            m_step = direction * std::max(std::abs(m_target - m_level), 1.0) / rampFrames;
        }
        m_stepValid = true;
    }
    for (int frame = 0; frame < frames; ++frame) {
        if (m_level != m_target) {
            m_level += m_step;
            if ((m_step > 0 && m_level >= m_target) || (m_step < 0 && m_level <= m_target))
                m_level = m_target;
        }
        const float factor = float(m_level * m_trackGain);
        for (int channel = 0; channel < channels; ++channel)
            samples[frame * channels + channel] *= factor;
    }
    return ramping && m_level == m_target;
}
