// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audiobackend.h"

#include <QtPlugin>

#include <memory>

// An audio backend that lives in a plugin loaded at run time, so that its libraries are mapped only by a box
// that chose it (QtAudioBackend brings QtMultimedia and, through it, QtGui).
class AudioBackendPlugin
{
public:
    virtual ~AudioBackendPlugin() = default;
    // `deviceDescription`: an output's description; empty = the system default.
    virtual std::unique_ptr<AudioBackend> createBackend(const QString &deviceDescription) = 0;
};

#define OpenMusicBox_AudioBackendPlugin_iid "org.openmusicbox.AudioBackendPlugin/1"
Q_DECLARE_INTERFACE(AudioBackendPlugin, OpenMusicBox_AudioBackendPlugin_iid)
