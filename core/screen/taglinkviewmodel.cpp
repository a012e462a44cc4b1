// SPDX-License-Identifier: GPL-3.0-or-later
#include "taglinkviewmodel.h"

#include "common/errortranslation.h"
#include "eventdata.h"
#include "library/tagaction.h"
#include "nfc/associationservice.h"
#include "nfc/tagactionservice.h"
#include "realtime/statemanager.h"
#include "system/logging.h"

using namespace Qt::StringLiterals;

TagLinkViewModel::TagLinkViewModel(AssociationService &associations, TagActionService &tagActions,
                                   StateManager &state, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_associations(associations)
    , m_tagActions(tagActions)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcUi) << "new tag sheet timed out";
        close();
        Q_EMIT timedOut();
    });
    connect(&state, &StateManager::eventPublished, this,
            [this](const QString &event, const QJsonObject &payload) { onEventPublished(event, payload); });
}

bool TagLinkViewModel::link(const QString &playlistId)
{
    if (!isActive())
        return false;
    const auto association = m_associations.associate(m_tagId, playlistId, false);
    if (!association) {
        setError(ErrorTranslation::message(association.error().message));
        return false;
    }
    const QString tag = m_tagId;
    close();
    Q_EMIT linked(tag, association->playlistTitle);
    return true;
}

QStringList TagLinkViewModel::actions()
{
    return TagActions::names();
}

bool TagLinkViewModel::linkAction(const QString &action)
{
    if (!isActive())
        return false;
    const std::optional<TagAction> known = TagActions::fromName(action);
    if (!known) {
        qCWarning(lcUi).noquote() << "new tag sheet: no action card does" << action;
        // The words of the HTTP route's 422, like the services' errors the sheet shows.
        setError(ErrorTranslation::message(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "action must be one of %1"))
                .arg(TagActions::names().join(u", "_s))));
        return false;
    }
    const auto link = m_tagActions.link(m_tagId, *known);
    if (!link) {
        setError(ErrorTranslation::message(link.error().message));
        return false;
    }
    const QString tag = m_tagId;
    close();
    Q_EMIT linkedAsAction(tag, action);
    return true;
}

void TagLinkViewModel::cancel()
{
    close();
}

void TagLinkViewModel::onEventPublished(const QString &event, const QJsonObject &payload)
{
    const QJsonObject data = eventData(event, payload);
    if (event == "state:nfc_unknown_tag"_L1) {
        open(data.value(u"tag_id"_s).toString());
    } else if (isActive() && event == "state:playlist_updated"_L1
               && data.value(u"playlist"_s).toObject().value(u"nfc_tag_id"_s).toString() == m_tagId) {
        close(); // linked from a web page meanwhile
    }
}

void TagLinkViewModel::open(const QString &tagId)
{
    if (tagId.isEmpty())
        return;
    setError({});
    m_timeout.start();
    if (tagId == m_tagId)
        return;
    m_tagId = tagId;
    Q_EMIT activeChanged();
}

void TagLinkViewModel::close()
{
    m_timeout.stop();
    setError({});
    if (m_tagId.isEmpty())
        return;
    m_tagId.clear();
    Q_EMIT activeChanged();
}

void TagLinkViewModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}
