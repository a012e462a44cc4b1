// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusviewmodel.h"

#include "nfc/nfcstatusservice.h"
#include "realtime/statemanager.h"

using namespace Qt::StringLiterals;

StatusViewModel::StatusViewModel(NfcStatusService &nfcStatus, StateManager &state, QObject *parent)
    : QObject(parent)
{
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

void StatusViewModel::onEventPublished(const QString &event, const QJsonObject &payload)
{
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
