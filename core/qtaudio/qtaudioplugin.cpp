// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtaudioplugin.h"

#include "qtaudiobackend.h"

std::unique_ptr<AudioBackend> QtAudioPlugin::createBackend(const QString &deviceDescription)
{
    return std::make_unique<QtAudioBackend>(deviceDescription);
}
