// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "realtime/sequencestore.h"

// A SequenceStore in a variable that outlives the generators of a test ("the database across restarts").
class MemorySequenceStore : public SequenceStore
{
public:
    std::optional<qint64> load() override { return saved; }
    bool save(qint64 ceiling) override
    {
        ++saves;
        if (failing)
            return false;
        saved = ceiling;
        return true;
    }

    std::optional<qint64> saved;
    int saves = 0;
    bool failing = false;
};
