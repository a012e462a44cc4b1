// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>

class NfcStatusService;
class StateManager;

// The screen's small status line: a configured reader that does not answer, and downloads in progress.
// Read from nfc_status and the youtube:* events, the same facts the web page's status view shows.
class StatusViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool readerMissing READ isReaderMissing NOTIFY readerMissingChanged)
    Q_PROPERTY(int downloadsInProgress READ downloadsInProgress NOTIFY downloadsInProgressChanged)

public:
    StatusViewModel(NfcStatusService &nfcStatus, StateManager &state, QObject *parent = nullptr);

    bool isReaderMissing() const { return m_readerMissing; }
    int downloadsInProgress() const { return int(m_downloads.size()); }

Q_SIGNALS:
    void readerMissingChanged();
    void downloadsInProgressChanged();

private:
    void onNfcStatus(const QJsonObject &status);
    void onEventPublished(const QString &event, const QJsonObject &payload);

    bool m_readerMissing = false;
    QSet<QString> m_downloads; // task ids
};
