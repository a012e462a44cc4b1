// SPDX-License-Identifier: GPL-3.0-or-later
#include "localoutputs.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

LocalOutputs LocalOutputs::find(const QString &root, const QString &home)
{
    const QDir system(root);
    // ALSA names a card's playback devices pcmC<card>D<device>p; the same folder holds capture and control.
    const bool playbackDevice = !QDir(system.filePath(u"dev/snd"_s))
                                     .entryList({u"pcmC*D*p"_s}, QDir::System | QDir::Files)
                                     .isEmpty();
    const bool ownConfiguration = qEnvironmentVariableIsSet("ALSA_CONFIG_PATH")
        || QFileInfo::exists(system.filePath(u"etc/asound.conf"_s))
        || QFileInfo::exists(QDir(home).filePath(u".asoundrc"_s));
    return {playbackDevice || ownConfiguration,
            QFileInfo::exists(system.filePath(u"dev/dsp"_s))
                || QFileInfo::exists(system.filePath(u"dev/oss"_s))};
}
