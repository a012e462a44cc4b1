// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortemplatematcher.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The number of the placeholder %1 to %9 that starts at position i of text, or 0.
int placeholderAt(const QString &text, qsizetype i)
{
    if (text.at(i) != u'%' || i + 1 >= text.size())
        return 0;
    const QChar digit = text.at(i + 1);
    return digit >= u'1' && digit <= u'9' ? digit.unicode() - u'0' : 0;
}
} // namespace

ErrorTemplateMatcher::ErrorTemplateMatcher(const QStringList &templates)
{
    m_templates.reserve(templates.size());
    for (const QString &source : templates) {
        Compiled compiled = compile(source);
        // A template of placeholders alone would match every message and say nothing.
        if (compiled.literalLength > 0)
            m_templates.append(std::move(compiled));
    }
    std::stable_sort(m_templates.begin(), m_templates.end(),
                     [](const Compiled &a, const Compiled &b) { return a.literalLength > b.literalLength; });
}

ErrorTemplateMatcher::Compiled ErrorTemplateMatcher::compile(const QString &source)
{
    Compiled compiled;
    compiled.source = source;
    QString pattern = u"\\A"_s;
    QString literal;
    QList<int> groupOfPlaceholder(10, 0);
    const auto flushLiteral = [&] {
        pattern += QRegularExpression::escape(literal);
        compiled.literalLength += literal.size();
        literal.clear();
    };
    for (qsizetype i = 0; i < source.size(); ++i) {
        const int placeholder = placeholderAt(source, i);
        if (placeholder == 0) {
            literal += source.at(i);
            continue;
        }
        flushLiteral();
        if (groupOfPlaceholder[placeholder] != 0) {
            // The same value written twice must be the same text twice.
            pattern += u"\\g{%1}"_s.arg(groupOfPlaceholder[placeholder]);
        } else {
            // Lazy: a value ends at the first place the rest of the template fits, so a field name never
            // swallows the words after it.
            pattern += u"(.+?)"_s;
            compiled.placeholderOfGroup.append(placeholder);
            groupOfPlaceholder[placeholder] = int(compiled.placeholderOfGroup.size());
            compiled.placeholderCount = std::max(compiled.placeholderCount, placeholder);
        }
        ++i;
    }
    flushLiteral();
    pattern += u"\\z"_s;
    compiled.pattern.setPattern(pattern);
    compiled.pattern.setPatternOptions(QRegularExpression::DotMatchesEverythingOption);
    compiled.pattern.optimize();
    return compiled;
}

std::optional<ErrorTemplateMatcher::Match> ErrorTemplateMatcher::match(const QString &english) const
{
    for (const Compiled &candidate : m_templates) {
        const QRegularExpressionMatch found = candidate.pattern.match(english);
        if (!found.hasMatch())
            continue;
        Match match {candidate.source, QStringList(candidate.placeholderCount)};
        for (qsizetype group = 0; group < candidate.placeholderOfGroup.size(); ++group)
            match.values[candidate.placeholderOfGroup.at(group) - 1] = found.captured(int(group) + 1);
        return match;
    }
    return std::nullopt;
}

QString ErrorTemplateMatcher::translate(const QString &english, const Translate &translateTemplate,
                                        const Translate &translateValue) const
{
    const std::optional<Match> found = match(english);
    if (!found)
        return english;
    QStringList values;
    values.reserve(found->values.size());
    for (const QString &value : found->values)
        values.append(translateValue(value));
    return fill(translateTemplate(found->source), values);
}

QString ErrorTemplateMatcher::fill(const QString &translatedTemplate, const QStringList &values)
{
    QString filled;
    filled.reserve(translatedTemplate.size());
    for (qsizetype i = 0; i < translatedTemplate.size(); ++i) {
        const int placeholder = placeholderAt(translatedTemplate, i);
        if (placeholder == 0 || placeholder > values.size()) {
            filled += translatedTemplate.at(i);
            continue;
        }
        filled += values.at(placeholder - 1);
        ++i;
    }
    return filled;
}
