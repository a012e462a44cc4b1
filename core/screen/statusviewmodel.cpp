// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusviewmodel.h"

#include "nfc/nfcstatusservice.h"
#include "realtime/statemanager.h"

using namespace Qt::StringLiterals;

StatusViewModel::StatusViewModel(NfcStatusService &nfcStatus, StateManager &state, StorageProbe storage,
                                 QObject *parent)
    : QObject(parent)
    , m_storage(std::move(storage))
{
    m_storageTimer.setInterval(storageCheckMs);
    connect(&m_storageTimer, &QTimer::timeout, this, &StatusViewModel::checkStorage);
    m_storageTimer.start();
    checkStorage();
    connect(&nfcStatus, &NfcStatusService::published, this, &StatusViewModel::onNfcStatus);
    connect(&state, &StateManager::eventPublished, this,
            [this](const QString &event, const QJsonObject &payload) { onEventPublished(event, payload); });
    onNfcStatus(nfcStatus.status());
}

void StatusViewModel::onNfcStatus(const QJsonObject &status)
{
    // NFC_READER=none is a choice, not a fault: nothing to say then.
    const QJsonObject reader = status.value(u"reader"_s).toObject();
    const bool missing
        = reader.value(u"kind"_s).toString() != "none"_L1 && !reader.value(u"available"_s).toBool();
    if (missing == m_readerMissing)
        return;
    m_readerMissing = missing;
    Q_EMIT readerMissingChanged();
}

bool StatusViewModel::isNearlyFull(const QJsonObject &storage)
{
    const qint64 total = storage.value(u"total_bytes"_s).toInteger(-1);
    const qint64 available = storage.value(u"available_bytes"_s).toInteger(-1);
    if (total <= 0 || available < 0)
        return false; // unknown: nothing to say
    return available < qMax(minimumFreeBytes, qint64(double(total) * nearlyFullShare));
}

void StatusViewModel::checkStorage()
{
    const bool nearlyFull = m_storage && isNearlyFull(m_storage());
    if (nearlyFull == m_diskNearlyFull)
        return;
    m_diskNearlyFull = nearlyFull;
    Q_EMIT diskNearlyFullChanged();
}

void StatusViewModel::onEventPublished(const QString &event, const QJsonObject &payload)
{
    // What adds or removes files: the disk may have crossed the line.
    static const QSet<QString> filesChanged {u"state:track_added"_s,      u"state:track_deleted"_s,
                                             u"state:playlist_deleted"_s, u"state:trash_removed"_s,
                                             u"upload:complete"_s,        u"youtube:complete"_s};
    if (filesChanged.contains(event))
        checkStorage();
    if (!event.startsWith("youtube:"_L1))
        return;
    const QString task = payload.value(u"task_id"_s).toString();
    const qsizetype before = m_downloads.size();
    if (event == "youtube:progress"_L1)
        m_downloads.insert(task);
    else
        m_downloads.remove(task);
    if (m_downloads.size() != before)
        Q_EMIT downloadsInProgressChanged();
}
