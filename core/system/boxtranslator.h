// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

// The daemon's words in the box's language: installs the catalogue of translations/ (built into the binary at
// :/i18n) into the application, so tr() and the messages of the error envelopes (errortranslation.h) speak
// it. The composition root applies the language at start and on every change. QtCore only.
class BoxTranslator
{
public:
    static constexpr auto catalogueFolder = ":/i18n";

    BoxTranslator() = default;
    ~BoxTranslator();
    BoxTranslator(const BoxTranslator &) = delete;
    BoxTranslator &operator=(const BoxTranslator &) = delete;

    // en, fr or de; false (and the words unchanged) when the catalogue is missing.
    bool apply(const QString &language);
    QString language() const { return m_language; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_language;
};
