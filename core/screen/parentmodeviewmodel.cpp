// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentmodeviewmodel.h"

#include "linkedtagsmodel.h"
#include "nfc/associationservice.h"
#include "system/logging.h"

using namespace Qt::StringLiterals;

namespace {
bool isSpoken(const QString &language)
{
    return language == "en"_L1 || language == "fr"_L1 || language == "de"_L1;
}
} // namespace

ParentModeViewModel::ParentModeViewModel(AssociationService &associations, LinkedTagsModel &linkedTags,
                                         const QString &language, QObject *parent)
    : QObject(parent)
    , m_associations(associations)
    , m_linkedTags(linkedTags)
    , m_language(resolveLanguage(language, QLocale::system()))
{ }

QString ParentModeViewModel::resolveLanguage(const QString &setting, const QLocale &system)
{
    if (isSpoken(setting))
        return setting;
    const QString fromSystem = QLocale::languageToCode(system.language());
    return isSpoken(fromSystem) ? fromSystem : u"en"_s;
}

bool ParentModeViewModel::setLanguage(const QString &language)
{
    if (!isSpoken(language))
        return false;
    if (language != m_language) {
        m_language = language;
        Q_EMIT languageChanged(m_language);
    }
    return true;
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
