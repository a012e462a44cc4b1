// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentmodeviewmodel.h"

#include "linkedtagsmodel.h"
#include "nfc/associationservice.h"
#include "system/logging.h"

ParentModeViewModel::ParentModeViewModel(AssociationService &associations, LinkedTagsModel &linkedTags,
                                         QObject *parent)
    : QObject(parent)
    , m_associations(associations)
    , m_linkedTags(linkedTags)
{ }

void ParentModeViewModel::setOpen(bool open)
{
    if (open == m_open)
        return;
    m_open = open;
    Q_EMIT openChanged();
}

bool ParentModeViewModel::unlink(const QString &tagId)
{
    const auto released = m_associations.dissociate(tagId);
    if (!released)
        qCInfo(lcUi).noquote() << "tag" << tagId << "not unlinked:" << released.error().message;
    return bool(released);
}
