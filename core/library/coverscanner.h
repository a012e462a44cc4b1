// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coverimport.h"
#include "coverrepository.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <optional>

// Looks for the cover of every track and playlist folder not looked at yet (PROTOCOL.md §3 "Cover art"): at
// start and after every import, one at a time on a worker thread of its own, so the event loop never waits
// on a file or the cover tool. A picture that is missing or unusable is remembered as none (with a log line
// for the unusable one); when the tool itself cannot run, the item is left for the next start.
class CoverScanner : public QObject
{
    Q_OBJECT
public:
    CoverScanner(CoverRepository &repository, CoverImport import, QObject *parent = nullptr);

    void scan(); // picks up whatever is not looked at yet; harmless while a scan runs
    void recheckFolders(); // looks at every playlist folder again, then scans
    bool isScanning() const { return m_current.has_value(); }

Q_SIGNALS:
    void coverChanged(const QString &playlistId); // what the playlist's JSON shows changed
    void caughtUp(); // nothing left to look at

private:
    void lookNext();
    void onLooked(const CoverImport::Outcome &outcome);

    CoverRepository &m_repository;
    CoverImport m_import;
    QList<CoverRepository::Pending> m_batch;
    std::optional<CoverRepository::Pending> m_current;
    QSet<QString> m_skipped; // ids left for the next start
    QThreadPool m_worker; // last: destroyed first, it waits for a running look
};
