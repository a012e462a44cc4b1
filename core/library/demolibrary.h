// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QFutureWatcher>
#include <QObject>

class CounterRepository;

// The demo playlist of a new box, so that a first user hears something at once: at the first start with an
// empty music folder (and DEMO_LIBRARY on) it writes a "Demo" folder with three short synthesised tunes as
// WAV files, which LibrarySync then imports. The folder appears whole or not at all (written under a hidden
// temporary name, synced to disk, then renamed). It is offered once: a parent who deletes it keeps it
// deleted.
class DemoLibrary : public QObject
{
    Q_OBJECT
public:
    struct Tune
    {
        QString fileName;
        QString title;
    };

    DemoLibrary(CounterRepository &counters, QString musicDir, bool enabled, QObject *parent = nullptr);
    ~DemoLibrary() override;

    // Decides, writes on a worker thread when needed, then emits finished() (always, never synchronously).
    void ensure();

    static QString folderName();
    static QList<Tune> tunes();
    // Writes the demo folder into musicDir now (worker threads and tests). Fails if the folder exists.
    static Status write(const QString &musicDir);

Q_SIGNALS:
    void finished(bool created);

private:
    void finish(bool created);

    CounterRepository &m_counters;
    QString m_musicDir;
    bool m_enabled;
    QFutureWatcher<Status> m_watcher;
};
