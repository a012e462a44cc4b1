// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coverconverter.h"
#include "coverstore.h"

#include <QString>

#include <optional>

// Finds the picture of one audio file or one playlist folder and makes sure its stored JPEG exists
// (CoverStore): an identical picture already stored is not converted again. Blocking file work and the cover
// tool: runs on a worker thread (CoverScanner).
class CoverImport
{
public:
    static constexpr qint64 maxPictureBytes = 16 * 1024 * 1024;

    struct Outcome
    {
        std::optional<QString> name = std::nullopt; // the stored picture; nullopt = none
        QString problem = {}; // why a picture that was there was skipped (logged); empty when there was none
        bool retryLater = false; // the tool could not run: do not remember "none"
    };

    CoverImport(CoverStore store, CoverConverter converter);

    Outcome fromAudio(const QString &audioPath) const;
    Outcome fromFolder(const QString &folderPath) const;

private:
    Outcome store(const QString &name, const QString &inputPath) const;

    CoverStore m_store;
    CoverConverter m_converter;
};
