// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>

class AssociationService;
class NfcReader;
class StateManager;
class TagPresence;

// Builds NfcStatus (PROTOCOL.md §3) from the reader, the tag presence and the sessions, and publishes
// nfc_status to the nfc room on every change. One operation emits at most one nfc_status, as its last
// event: work wrapped in a Batch publishes once when the outermost batch ends.
class NfcStatusService : public QObject
{
    Q_OBJECT
public:
    // The reader may be null (NFC_READER=none).
    NfcStatusService(StateManager &state, const NfcReader *reader, const TagPresence &presence,
                     const AssociationService &associations, QObject *parent = nullptr);

    QJsonObject status() const;

    class Batch
    {
    public:
        explicit Batch(NfcStatusService &service);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        NfcStatusService &m_service;
    };

public Q_SLOTS:
    void markChanged();

Q_SIGNALS:
    void published(const QJsonObject &status);

private:
    void publishNow();

    StateManager &m_state;
    const NfcReader *m_reader;
    const TagPresence &m_presence;
    const AssociationService &m_associations;
    int m_batchDepth = 0;
    bool m_dirty = false;
};
