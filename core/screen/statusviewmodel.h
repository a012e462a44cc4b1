// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class NfcStatusService;
class StateManager;

// The screen's small status line: a configured reader that does not answer, a data disk nearly full, and
// downloads in progress. Read from nfc_status, the youtube:* events and the data folder's disk (MachineProbe:
// every minute and after anything that adds or removes files), the same facts the web page's status view
// shows.
class StatusViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool readerMissing READ isReaderMissing NOTIFY readerMissingChanged)
    Q_PROPERTY(int downloadsInProgress READ downloadsInProgress NOTIFY downloadsInProgressChanged)
    Q_PROPERTY(bool diskNearlyFull READ isDiskNearlyFull NOTIFY diskNearlyFullChanged)

public:
    // {total_bytes, available_bytes} of the data folder's disk (MachineProbe::storage); empty when unknown.
    using StorageProbe = std::function<QJsonObject()>;
    // Nearly full: less than this share of the disk, or less than minimumFreeBytes, is free.
    static constexpr double nearlyFullShare = 0.05;
    static constexpr qint64 minimumFreeBytes = 256LL * 1024 * 1024;
    static constexpr int storageCheckMs = 60000;

    StatusViewModel(NfcStatusService &nfcStatus, StateManager &state, StorageProbe storage,
                    QObject *parent = nullptr);

    static bool isNearlyFull(const QJsonObject &storage);
    // Reads the disk again (the timer and the library's events call it).
    void checkStorage();

    bool isReaderMissing() const { return m_readerMissing; }
    bool isDiskNearlyFull() const { return m_diskNearlyFull; }
    int downloadsInProgress() const { return int(m_downloads.size()); }

Q_SIGNALS:
    void readerMissingChanged();
    void downloadsInProgressChanged();
    void diskNearlyFullChanged();

private:
    void onNfcStatus(const QJsonObject &status);
    void onEventPublished(const QString &event, const QJsonObject &payload);

    StorageProbe m_storage;
    QTimer m_storageTimer;
    bool m_readerMissing = false;
    bool m_diskNearlyFull = false;
    QSet<QString> m_downloads; // task ids
};
