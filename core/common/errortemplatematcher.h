// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

// Finds which catalogue template ("%1 must be at most %2 characters") an English error message was written
// from, and words it again in another language: the template's translation filled with the message's values.
// The English message stays the key, so a service and the log keep one text. Each template is compiled once
// into an anchored expression; when several match, the one with the most literal characters wins ("%1 must be
// an integer" over "%1 must be %2").
class ErrorTemplateMatcher
{
public:
    using Translate = std::function<QString(const QString &english)>;

    struct Match
    {
        QString source; // the template, as in the catalogue
        QStringList values; // values[n - 1] is what %n stood for
    };

    explicit ErrorTemplateMatcher(const QStringList &templates);

    std::optional<Match> match(const QString &english) const;
    // The message in another language: translateTemplate's text for the template, filled with the values as
    // translateValue words them (a value that is a catalogue message, like "playlist", is translated too;
    // since a template has literal characters, a value is always shorter than the message, so translateValue
    // may be a lookup that matches templates again). A message that matches no template comes back unchanged.
    QString translate(const QString &english, const Translate &translateTemplate,
                      const Translate &translateValue) const;

    // template with each %1 to %9 replaced by values[n - 1] in one pass, so a value holding "%2" stays as it
    // is and a translation may put the placeholders in any order.
    static QString fill(const QString &translatedTemplate, const QStringList &values);

private:
    struct Compiled
    {
        QString source;
        QRegularExpression pattern;
        QList<int> placeholderOfGroup; // capture group i + 1 holds %placeholderOfGroup[i]
        int placeholderCount = 0;
        qsizetype literalLength = 0;
    };

    static Compiled compile(const QString &source);

    QList<Compiled> m_templates; // most literal characters first
};
