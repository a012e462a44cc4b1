// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>

class AssociationService;
class StateManager;

// The "New tag: which playlist?" sheet. An unknown tag on the reader (state:nfc_unknown_tag) opens it; a
// pick links the tag through AssociationService::associate, the operation behind POST /api/nfc/associate, so
// every web page sees the same library events. It closes on a pick, on cancel, when the tag gets linked
// elsewhere, and after NFC_SCAN_TIMEOUT_MS like an association session.
class TagLinkViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString tagId READ tagId NOTIFY activeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    TagLinkViewModel(AssociationService &associations, StateManager &state, int timeoutMs,
                     QObject *parent = nullptr);

    bool isActive() const { return !m_tagId.isEmpty(); }
    QString tagId() const { return m_tagId; }
    QString error() const { return m_error; }

    Q_INVOKABLE bool link(const QString &playlistId);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void activeChanged();
    void errorChanged();
    void linked(const QString &tagId, const QString &playlistTitle);
    void timedOut();

private:
    void onEventPublished(const QString &event, const QJsonObject &payload);
    void open(const QString &tagId);
    void close();
    void setError(const QString &error);

    AssociationService &m_associations;
    QTimer m_timeout;
    QString m_tagId;
    QString m_error;
};
