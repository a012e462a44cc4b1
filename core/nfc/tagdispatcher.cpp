// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagdispatcher.h"

#include "associationservice.h"
#include "nfcstatusservice.h"
#include "tagactionrunner.h"
#include "tagactionservice.h"
#include "tagplaybackpolicy.h"
#include "tagpresence.h"

TagDispatcher::TagDispatcher(TagPresence &presence, AssociationService &associations,
                             const TagActionService &actions, TagActionRunner &runner,
                             TagPlaybackPolicy &policy, NfcStatusService &status, QObject *parent)
    : QObject(parent)
    , m_associations(associations)
    , m_actions(actions)
    , m_runner(runner)
    , m_policy(policy)
    , m_status(status)
{
    connect(&presence, &TagPresence::tagPlaced, this, &TagDispatcher::onPlaced);
    connect(&presence, &TagPresence::tagRemoved, this, &TagDispatcher::onRemoved);
}

void TagDispatcher::onPlaced(const QString &tagId)
{
    const NfcStatusService::Batch batch(m_status);
    if (m_associations.isActive())
        m_associations.handleTag(tagId);
    else if (const std::optional<TagAction> action = m_actions.actionOf(tagId))
        m_runner.perform(*action);
    else
        m_policy.handlePlaced(tagId);
    m_status.markChanged();
}

void TagDispatcher::onRemoved(const QString &tagId)
{
    const NfcStatusService::Batch batch(m_status);
    m_policy.handleRemoved(tagId);
    m_status.markChanged();
}
