// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class AssociationService;
class LanguageSetting;
class LinkedTagsModel;
class ParentAuth;

// The parents' settings behind the long press: open/closed, the parents' PIN asked first while one is set
// (the same PIN and the same count of wrong guesses as the web page's), and the tag list with unlink (the
// operation behind DELETE /api/nfc/associate/{tag_id}).
class ParentModeViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool open READ isOpen WRITE setOpen NOTIFY openChanged)
    Q_PROPERTY(LinkedTagsModel *linkedTags READ linkedTags CONSTANT)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool pinAsked READ isPinAsked NOTIFY pinChanged)
    // "" or why the last PIN was refused: wrong (pinDetail: tries left), paused (pinDetail: seconds to wait),
    // format (not 4 to 8 digits).
    Q_PROPERTY(QString pinError READ pinError NOTIFY pinChanged)
    Q_PROPERTY(int pinDetail READ pinDetail NOTIFY pinChanged)

public:
    // `language`: the box's language, shared with every web page.
    ParentModeViewModel(AssociationService &associations, LinkedTagsModel &linkedTags, ParentAuth &auth,
                        LanguageSetting &language, QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    void setOpen(bool open);
    LinkedTagsModel *linkedTags() const { return &m_linkedTags; }

    // The long press: opens the settings, or asks for the PIN first while one is set.
    Q_INVOKABLE void requestOpen();
    // The PIN pad's answer: the settings open once ParentAuth accepts it (no session is kept: closing them
    // is locking them).
    Q_INVOKABLE void enterPin(const QString &pin);
    Q_INVOKABLE void cancelPin();
    bool isPinAsked() const { return m_pinAsked; }
    QString pinError() const { return m_pinError; }
    int pinDetail() const { return m_pinDetail; }

    Q_INVOKABLE bool unlink(const QString &tagId);
    QString language() const;
    // Applied at once (the screen retranslates), stored, and every web page follows; false for a language the
    // box does not speak.
    Q_INVOKABLE bool setLanguage(const QString &language);

Q_SIGNALS:
    void openChanged();
    void languageChanged(const QString &language);
    void pinChanged();

private:
    void setPinState(bool asked, const QString &error, int detail);

    AssociationService &m_associations;
    LinkedTagsModel &m_linkedTags;
    ParentAuth &m_auth;
    bool m_open = false;
    bool m_pinAsked = false;
    QString m_pinError;
    int m_pinDetail = 0;
    LanguageSetting &m_language;
};
