// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playback/audiobackendplugin.h"

#include <QObject>

// AUDIO_BACKEND=qt as a plugin (openmusicbox-qtaudio.so): QtAudioBackend and QtMultimedia stay out of the
// daemon's own binary.
class QtAudioPlugin : public QObject, public AudioBackendPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OpenMusicBox_AudioBackendPlugin_iid)
    Q_INTERFACES(AudioBackendPlugin)
public:
    std::unique_ptr<AudioBackend> createBackend(const QString &deviceDescription) override;
};
