// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Turns a picture file into the stored JPEG by running the cover tool (openmusicbox-cover, PROTOCOL.md §3
// "Cover art"): images are decoded in that short-lived process, never in the box's own, so a hostile or
// broken picture cannot crash the box or grow its memory, and the daemon does not load QtGui. Blocking:
// call it from a worker thread only.
class CoverConverter
{
public:
    struct Config
    {
        QString program; // the cover tool's path
        int sizePx = 512; // the longest side of a stored cover
        int timeoutMs = 15000; // then the tool is killed
    };
    struct Failure
    {
        QString message;
        bool toolFailed
            = false; // the tool could not run at all (missing, killed): the picture is not to blame
    };

    explicit CoverConverter(Config config);

    // Writes outputPath atomically; nullopt on success.
    std::optional<Failure> convert(const QString &inputPath, const QString &outputPath) const;
    const Config &config() const { return m_config; }

private:
    Config m_config;
};
