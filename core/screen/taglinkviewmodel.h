// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

class AssociationService;
class StateManager;
class TagActionService;

// The "New tag" sheet. An unknown tag on the reader (state:nfc_unknown_tag) opens it; a pick links the tag
// through the operations behind POST /api/nfc/associate, so every web page sees the same library events:
// a playlist through AssociationService::associate, an action card (PROTOCOL.md §4.4) through
// TagActionService::link. It closes on a pick, on cancel, when the tag gets linked elsewhere, and after
// NFC_SCAN_TIMEOUT_MS like an association session.
class TagLinkViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString tagId READ tagId NOTIFY activeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The actions a card can do, by their protocol names, in the box's order (the screen words them).
    Q_PROPERTY(QStringList actions READ actions CONSTANT)

public:
    TagLinkViewModel(AssociationService &associations, TagActionService &tagActions, StateManager &state,
                     int timeoutMs, QObject *parent = nullptr);

    bool isActive() const { return !m_tagId.isEmpty(); }
    QString tagId() const { return m_tagId; }
    QString error() const { return m_error; }
    static QStringList actions();

    Q_INVOKABLE bool link(const QString &playlistId);
    // Makes the tag an action card; an unknown action is refused with an error.
    Q_INVOKABLE bool linkAction(const QString &action);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void activeChanged();
    void errorChanged();
    void linked(const QString &tagId, const QString &playlistTitle);
    void linkedAsAction(const QString &tagId, const QString &action);
    void timedOut();

private:
    void onEventPublished(const QString &event, const QJsonObject &payload);
    void open(const QString &tagId);
    void close();
    void setError(const QString &error);

    AssociationService &m_associations;
    TagActionService &m_tagActions;
    QTimer m_timeout;
    QString m_tagId;
    QString m_error;
};
