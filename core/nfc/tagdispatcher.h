// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class AssociationService;
class NfcStatusService;
class TagActionRunner;
class TagActionService;
class TagPlaybackPolicy;
class TagPresence;

// Where a placement goes (PROTOCOL.md §6.3): to the association while a session is active (then it never
// starts playback, even after the session ends), else an action card's action, else the playback rules.
// Removals always go to the playback rules (lifting an action card changes nothing there). Each reader event
// ends with one nfc_status.
class TagDispatcher : public QObject
{
    Q_OBJECT
public:
    TagDispatcher(TagPresence &presence, AssociationService &associations, const TagActionService &actions,
                  TagActionRunner &runner, TagPlaybackPolicy &policy, NfcStatusService &status,
                  QObject *parent = nullptr);

private:
    void onPlaced(const QString &tagId);
    void onRemoved(const QString &tagId);

    AssociationService &m_associations;
    const TagActionService &m_actions;
    TagActionRunner &m_runner;
    TagPlaybackPolicy &m_policy;
    NfcStatusService &m_status;
};
