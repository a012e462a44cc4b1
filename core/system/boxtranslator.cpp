// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxtranslator.h"

#include "logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

BoxTranslator::~BoxTranslator()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

bool BoxTranslator::apply(const QString &language)
{
    const QString catalogue = QString::fromLatin1(catalogueFolder) + u"/openmusicbox_%1.qm"_s.arg(language);
    QTranslator fresh;
    if (!fresh.load(catalogue)) {
        qCWarning(lcApp).noquote() << "no catalogue for the language" << language << "at" << catalogue;
        return false;
    }
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    // QTranslator cannot be copied: the catalogue just checked is read again into the installed one.
    m_installed = m_translator.load(catalogue) && QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    qCInfo(lcApp).noquote() << "messages in" << language;
    return m_installed;
}
