// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

class QQmlEngine;

// The screen's words in one language at a time: the catalogue of translations/ (built in at :/i18n) is
// installed and the QML retranslated at once, without reloading the screen.
class ScreenLanguage
{
public:
    explicit ScreenLanguage(QQmlEngine &engine);
    ~ScreenLanguage();
    ScreenLanguage(const ScreenLanguage &) = delete;
    ScreenLanguage &operator=(const ScreenLanguage &) = delete;

    // en, fr or de; false (and the words unchanged) when the catalogue is missing.
    bool apply(const QString &language);

private:
    QQmlEngine &m_engine;
    QTranslator m_translator;
    bool m_installed = false;
};
