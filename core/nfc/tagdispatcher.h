// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class AssociationService;
class NfcStatusService;
class TagPlaybackPolicy;
class TagPresence;

// Where a placement goes (PROTOCOL.md §6.3): to the association while a session is active (then it never
// starts playback, even after the session ends), else to the playback rules. Removals always go to the
// playback rules. Each reader event ends with one nfc_status.
class TagDispatcher : public QObject
{
    Q_OBJECT
public:
    TagDispatcher(TagPresence &presence, AssociationService &associations, TagPlaybackPolicy &policy,
                  NfcStatusService &status, QObject *parent = nullptr);

private:
    void onPlaced(const QString &tagId);
    void onRemoved(const QString &tagId);

    AssociationService &m_associations;
    TagPlaybackPolicy &m_policy;
    NfcStatusService &m_status;
};
