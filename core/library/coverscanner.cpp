// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverscanner.h"

#include "system/logging.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
constexpr int batchSize = 32;
} // namespace

CoverScanner::CoverScanner(CoverRepository &repository, CoverImport import, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_import(std::move(import))
{
    m_worker.setMaxThreadCount(1);
}

void CoverScanner::scan()
{
    if (!m_current)
        lookNext();
}

void CoverScanner::recheckFolders()
{
    m_batch = m_repository.folders() + m_batch;
    scan();
}

void CoverScanner::lookNext()
{
    if (m_batch.isEmpty()) {
        for (const auto &item : m_repository.pending(batchSize + int(m_skipped.size()))) {
            if (!m_skipped.contains(item.id))
                m_batch.append(item);
        }
    }
    if (m_batch.isEmpty()) {
        m_current.reset();
        m_batch = {}; // taking items leaves the list's buffer: a recheck's (1000 playlists) is 128 KB
        Q_EMIT caughtUp();
        return;
    }
    m_current = m_batch.takeFirst();
    const CoverRepository::Pending item = *m_current;
    QtConcurrent::run(&m_worker, [import = m_import, item] {
        return item.kind == CoverRepository::Pending::Kind::Folder ? import.fromFolder(item.path)
                                                                   : import.fromAudio(item.path);
    }).then(this, [this](const CoverImport::Outcome &outcome) { onLooked(outcome); });
}

void CoverScanner::onLooked(const CoverImport::Outcome &outcome)
{
    const CoverRepository::Pending item = *m_current;
    if (!outcome.problem.isEmpty())
        qCWarning(lcLibrary).noquote() << "cover of" << item.path << "skipped:" << outcome.problem;
    if (outcome.retryLater) {
        m_skipped.insert(item.id);
    } else {
        const Result<bool> changed = m_repository.store(item, outcome.name.value_or(QString()));
        if (!changed) {
            // The track or playlist went away while it was looked at: nothing to keep.
            qCInfo(lcLibrary).noquote() << "cover of" << item.id << "not stored:" << changed.error().message;
            m_skipped.insert(item.id);
        } else if (*changed) {
            qCInfo(lcLibrary).noquote()
                << "cover of" << item.path << "is" << outcome.name.value_or(u"none"_s);
            Q_EMIT coverChanged(item.playlistId);
        }
    }
    lookNext();
}
