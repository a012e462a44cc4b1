// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

// Swaps a staged restore in so that a power cut at any instant leaves either the old library or the new one,
// whole. Everything happens inside <data-dir>/restore/: staged/ (the checked archive), previous/ (what it
// replaces) and the commit marker. Before the marker exists a restore is only a staging folder, thrown away
// at the next start; once it exists the restore goes forward at every start until it is done. Each step is a
// rename that is skipped when it already happened, so the roll forward can be repeated from any point.
class RestoreJournal
{
public:
    explicit RestoreJournal(QString dataDir);

    QString restoreDir() const;
    QString stagedDir() const;

    // The point of no return: everything staged is flushed to disk, then the marker is written atomically.
    Status commit() const;
    bool isCommitted() const;
    // At start, before the database opens: finishes a committed restore, or throws an uncommitted one away.
    // Says whether a restore was finished; an error if a committed one could not be (the box must not start
    // on a half-swapped library). `stopAfterSteps` (tests) ends the roll forward after that many renames, as
    // a power cut would, and reports it as an error.
    Result<bool> recover(int stopAfterSteps = -1) const;

private:
    bool rollForward(int stopAfterSteps) const;
    // The restored database continues the counters of the one it replaces (server_seq never goes back) and
    // every playlist that existed in both gets a newer revision than either had, so no client keeps a stale
    // copy.
    void carryOverSequences() const;

    QString m_dataDir;
};
