// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class AssociationService;
class LinkedTagsModel;

// The parents' settings behind the long press: open/closed, and the tag list with unlink (the operation
// behind DELETE /api/nfc/associate/{tag_id}).
class ParentModeViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool open READ isOpen WRITE setOpen NOTIFY openChanged)
    Q_PROPERTY(LinkedTagsModel *linkedTags READ linkedTags CONSTANT)

public:
    ParentModeViewModel(AssociationService &associations, LinkedTagsModel &linkedTags,
                        QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    void setOpen(bool open);
    LinkedTagsModel *linkedTags() const { return &m_linkedTags; }

    Q_INVOKABLE bool unlink(const QString &tagId);

Q_SIGNALS:
    void openChanged();

private:
    AssociationService &m_associations;
    LinkedTagsModel &m_linkedTags;
    bool m_open = false;
};
