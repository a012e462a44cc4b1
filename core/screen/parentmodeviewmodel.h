// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
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
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

public:
    // `language`: the LANGUAGE setting (en, fr, de, or empty for the system's).
    ParentModeViewModel(AssociationService &associations, LinkedTagsModel &linkedTags,
                        const QString &language, QObject *parent = nullptr);
    // en, fr or de: the setting, else the system locale's language, else English.
    static QString resolveLanguage(const QString &setting, const QLocale &system);

    bool isOpen() const { return m_open; }
    void setOpen(bool open);
    LinkedTagsModel *linkedTags() const { return &m_linkedTags; }

    Q_INVOKABLE bool unlink(const QString &tagId);
    QString language() const { return m_language; }
    // Applied at once (the screen retranslates); false for a language the box does not speak.
    Q_INVOKABLE bool setLanguage(const QString &language);

Q_SIGNALS:
    void openChanged();
    void languageChanged(const QString &language);

private:
    AssociationService &m_associations;
    LinkedTagsModel &m_linkedTags;
    bool m_open = false;
    QString m_language;
};
