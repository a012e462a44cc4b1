// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentmodeviewmodel.h"

#include "library/languagesetting.h"
#include "linkedtagsmodel.h"
#include "nfc/associationservice.h"
#include "parental/parentauth.h"
#include "system/logging.h"

#include <QPointer>

using namespace Qt::StringLiterals;

ParentModeViewModel::ParentModeViewModel(AssociationService &associations, LinkedTagsModel &linkedTags,
                                         ParentAuth &auth, LanguageSetting &language, QObject *parent)
    : QObject(parent)
    , m_associations(associations)
    , m_linkedTags(linkedTags)
    , m_auth(auth)
    , m_language(language)
{
    connect(&m_language, &LanguageSetting::languageChanged, this, &ParentModeViewModel::languageChanged);
}

QString ParentModeViewModel::language() const
{
    return m_language.language();
}

bool ParentModeViewModel::setLanguage(const QString &language)
{
    const Status applied = m_language.setLanguage(language);
    if (!applied)
        qCInfo(lcUi).noquote() << "language" << language << "not set:" << applied.error().message;
    return applied.ok();
}

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

void ParentModeViewModel::requestOpen()
{
    if (!m_auth.isPinSet())
        return setOpen(true);
    setPinState(true, {}, 0);
}

void ParentModeViewModel::enterPin(const QString &pin)
{
    QPointer<ParentModeViewModel> self(this);
    m_auth.unlock(pin, [self](Result<QByteArray> token) {
        if (!self)
            return;
        if (token) {
            self->m_auth.lock(*token);
            self->setPinState(false, {}, 0);
            self->setOpen(true);
            return;
        }
        const ServiceError &error = token.error();
        if (error.type == ErrorType::RateLimited)
            self->setPinState(true, u"paused"_s, error.details.value(u"retry_after_s"_s).toInt());
        else if (error.type == ErrorType::Unauthorized)
            self->setPinState(true, u"wrong"_s, error.details.value(u"attempts_left"_s).toInt());
        else if (error.type == ErrorType::Validation)
            self->setPinState(true, u"format"_s, 0);
        else // the PIN was removed meanwhile
            self->requestOpen();
    });
}

void ParentModeViewModel::cancelPin()
{
    setPinState(false, {}, 0);
}

void ParentModeViewModel::setPinState(bool asked, const QString &error, int detail)
{
    if (asked == m_pinAsked && error == m_pinError && detail == m_pinDetail)
        return;
    m_pinAsked = asked;
    m_pinError = error;
    m_pinDetail = detail;
    Q_EMIT pinChanged();
}
