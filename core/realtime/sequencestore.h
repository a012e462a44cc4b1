// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

// Where SequenceGenerator keeps its high-water mark between runs. The composition root backs it with the
// database's counters; tests use a plain variable.
class SequenceStore
{
public:
    virtual ~SequenceStore() = default;

    virtual std::optional<qint64> load() = 0; // nullopt: nothing saved yet
    virtual bool save(qint64 ceiling) = 0; // false when the value could not be made durable
};
