// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue (translations/openmusicbox_{en,fr,de}.ts): every French and German string finished, whether
// the screen, the web page or the daemon shows it; the same strings in every language; placeholders kept;
// plural forms where the source counts.
#include "tscatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> result;
    for (const TsMessage &message : messages) {
        if (message.isLive())
            result.insert(message.context + u'|' + message.source + u'|' + message.comment);
    }
    return result;
}

// Qt's %1 and %n on the screen and in the daemon, the page's {name}.
QStringList placeholders(const QString &source)
{
    static const QRegularExpression marker(u"%[0-9n]|\\{\\w+\\}"_s);
    QStringList result;
    for (const QRegularExpressionMatch &match : marker.globalMatch(source))
        result.append(match.captured());
    return result;
}
} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsFinished_data();
    void everyStringIsFinished();
};

void tst_Translations::everyStringIsFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("de") << u"de"_s;
}

void tst_Translations::everyStringIsFinished()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> english = TsCatalogue::read(u"en"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!english.isEmpty());
    const QList<TsMessage> messages = TsCatalogue::read(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> expected = keys(english);
    const QSet<QString> found = keys(messages);
    QVERIFY2(found == expected,
             qPrintable(u"only in en: "_s + QStringList((expected - found).values()).join(u", "_s)
                        + u"; only in "_s + language + u": "_s
                        + QStringList((found - expected).values()).join(u", "_s)));
    for (const TsMessage &message : messages) {
        const QString where
            = u"%1 %2: \"%3\" %4"_s.arg(language, message.context, message.source, message.comment);
        QVERIFY2(message.type.isEmpty(), qPrintable(where + u" is "_s + message.type));
        QVERIFY2(!message.forms.isEmpty(), qPrintable(where + u" has no translation"_s));
        for (const QString &form : message.forms)
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where + u" has an empty translation"_s));
        if (message.numerus)
            QVERIFY2(message.forms.size() == 2, qPrintable(where + u" needs singular and plural"_s));
        // A placeholder lost in translation shows "%1", "{title}" or nothing.
        for (const QString &marker : placeholders(message.source)) {
            for (const QString &form : message.forms)
                QVERIFY2(form.contains(marker), qPrintable(where + u" lost "_s + marker));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
