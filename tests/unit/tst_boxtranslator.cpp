// SPDX-License-Identifier: GPL-3.0-or-later
// The daemon's own words in the box's language: BoxTranslator installs the built-in catalogue, and
// ErrorTranslation puts an error's message and its field messages in it (English where the catalogue has
// none).
#include "common/errortranslation.h"
#include "system/boxtranslator.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_BoxTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anErrorMessageFollowsTheLanguage();
    void fieldMessagesAreTranslatedAndTheRestKept();
    void anUnknownLanguageChangesNothing();
    void removingTheTranslatorBringsTheEnglishBack();
};

void tst_BoxTranslator::anErrorMessageFollowsTheLanguage()
{
    BoxTranslator translator;
    QCOMPARE(ErrorTranslation::message(u"wrong PIN"_s), u"wrong PIN"_s);
    QVERIFY(translator.apply(u"fr"_s));
    QCOMPARE(translator.language(), u"fr"_s);
    QCOMPARE(ErrorTranslation::message(u"wrong PIN"_s), u"code erroné"_s);
    QVERIFY(translator.apply(u"de"_s));
    QCOMPARE(ErrorTranslation::message(u"wrong PIN"_s), u"falsche PIN"_s);
    QCOMPARE(ErrorTranslation::message(u"the file name is empty"_s), u"der Dateiname ist leer"_s);
    QVERIFY(translator.apply(u"en"_s));
    QCOMPARE(ErrorTranslation::message(u"wrong PIN"_s), u"wrong PIN"_s);
    // A message the catalogue does not have stays as the service wrote it.
    QVERIFY(translator.apply(u"fr"_s));
    QCOMPARE(ErrorTranslation::message(u"the catalogue has no such words"_s),
             u"the catalogue has no such words"_s);
}

void tst_BoxTranslator::fieldMessagesAreTranslatedAndTheRestKept()
{
    BoxTranslator translator;
    QVERIFY(translator.apply(u"fr"_s));
    const QJsonObject details {
        {u"errors"_s,
         QJsonArray {QJsonObject {{u"field"_s, u"pin"_s}, {u"message"_s, u"pin must be 4 to 8 digits"_s}}}},
        {u"attempts_left"_s, 3}};
    const QJsonObject translated = ErrorTranslation::details(details);
    QCOMPARE(translated[u"errors"_s][0][u"field"_s].toString(), u"pin"_s);
    QCOMPARE(translated[u"errors"_s][0][u"message"_s].toString(), u"le code doit compter 4 à 8 chiffres"_s);
    QCOMPARE(translated[u"attempts_left"_s].toInt(), 3);
    const QJsonObject noFields {{u"resource"_s, u"playlist"_s}};
    QCOMPARE(ErrorTranslation::details(noFields), noFields);
}

void tst_BoxTranslator::anUnknownLanguageChangesNothing()
{
    BoxTranslator translator;
    QVERIFY(translator.apply(u"de"_s));
    QVERIFY(!translator.apply(u"xx"_s));
    QCOMPARE(translator.language(), u"de"_s);
    QCOMPARE(ErrorTranslation::message(u"wrong PIN"_s), u"falsche PIN"_s);
}

void tst_BoxTranslator::removingTheTranslatorBringsTheEnglishBack()
{
    auto translator = std::make_unique<BoxTranslator>();
    QVERIFY(translator->apply(u"fr"_s));
    QCOMPARE(ErrorTranslation::message(u"origin not allowed"_s), u"origine non autorisée"_s);
    translator.reset();
    QCOMPARE(ErrorTranslation::message(u"origin not allowed"_s), u"origin not allowed"_s);
}

QTEST_GUILESS_MAIN(tst_BoxTranslator)
#include "tst_boxtranslator.moc"
