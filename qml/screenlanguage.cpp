// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenlanguage.h"

#include "system/logging.h"

#include <QCoreApplication>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

ScreenLanguage::ScreenLanguage(QQmlEngine &engine)
    : m_engine(engine)
{ }

ScreenLanguage::~ScreenLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

bool ScreenLanguage::apply(const QString &language)
{
    QTranslator fresh;
    if (!fresh.load(u":/i18n/openmusicbox_%1.qm"_s.arg(language))) {
        qCWarning(lcUi).noquote() << "no catalogue for the language" << language;
        return false;
    }
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    // QTranslator cannot be copied: the loaded catalogue is read again into the installed one.
    m_installed = m_translator.load(u":/i18n/openmusicbox_%1.qm"_s.arg(language))
        && QCoreApplication::installTranslator(&m_translator);
    m_engine.retranslate();
    qCInfo(lcUi).noquote() << "screen language" << language;
    return m_installed;
}
