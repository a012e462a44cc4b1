// SPDX-License-Identifier: GPL-3.0-or-later
// Error messages written with values ("%1 not found") in the box's language: ErrorTemplateMatcher finds the
// template a message was written from and fills the template's translation with the message's values;
// ErrorTranslation does it with the built-in catalogue (BoxTranslator installs it).
#include "common/errortemplatematcher.h"
#include "common/errortemplates.h"
#include "common/errortranslation.h"
#include "system/boxtranslator.h"

#include <QHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ErrorTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templatesAreMatched_data();
    void templatesAreMatched();
    void aTranslationMayReorderThePlaceholders();
    void aValueThatIsACatalogueWordIsTranslated();
    void theMostSpecificTemplateWins();
    void aMessageMatchingNothingStaysAsItIs();
    void regexCharactersAreLiteral();
    void aValueHoldingAPlaceholderIsNotFilledAgain();
    void aPlaceholderWrittenTwiceHoldsOneValue();
    void theCatalogueListsTheMessagesWithValues();
    void theBoxSpeaksFrenchAndGermanWithValues();
    void fieldMessagesWithValuesAreTranslated();

private:
    // A small catalogue of the test's own, so the matching is checked without the real one.
    static ErrorTemplateMatcher::Translate catalogue(const QHash<QString, QString> &words)
    {
        return [words](const QString &english) { return words.value(english, english); };
    }
};

void tst_ErrorTranslation::templatesAreMatched_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("one value") << u"playlist not found"_s << u"%1 not found"_s << QStringList {u"playlist"_s};
    QTest::newRow("two values") << u"title must be at most 255 characters"_s
                                << u"%1 must be at most %2 characters"_s
                                << QStringList {u"title"_s, u"255"_s};
    QTest::newRow("three values") << u"limit must be an integer from 1 to 500"_s
                                  << u"%1 must be an integer from %2 to %3"_s
                                  << QStringList {u"limit"_s, u"1"_s, u"500"_s};
    QTest::newRow("a value with spaces and a line break")
        << u"yt-dlp failed: ERROR: no video\nat all"_s << u"yt-dlp failed: %1"_s
        << QStringList {u"ERROR: no video\nat all"_s};
}

void tst_ErrorTranslation::templatesAreMatched()
{
    QFETCH(QString, english);
    QFETCH(QString, source);
    QFETCH(QStringList, values);
    const ErrorTemplateMatcher matcher({u"%1 not found"_s, u"%1 must be at most %2 characters"_s,
                                        u"%1 must be an integer from %2 to %3"_s, u"yt-dlp failed: %1"_s});
    const auto match = matcher.match(english);
    QVERIFY(match);
    QCOMPARE(match->source, source);
    QCOMPARE(match->values, values);
}

void tst_ErrorTranslation::aTranslationMayReorderThePlaceholders()
{
    const ErrorTemplateMatcher matcher({u"cannot rename %1 to %2"_s});
    const auto german = catalogue({{u"cannot rename %1 to %2"_s, u"%2 kann nicht aus %1 entstehen"_s}});
    QCOMPARE(matcher.translate(u"cannot rename a.mp3 to b.mp3"_s, german, german),
             u"b.mp3 kann nicht aus a.mp3 entstehen"_s);
    QCOMPARE(ErrorTemplateMatcher::fill(u"%3 %1 %2 %1"_s, {u"a"_s, u"b"_s, u"c"_s}), u"c a b a"_s);
}

void tst_ErrorTranslation::aValueThatIsACatalogueWordIsTranslated()
{
    const ErrorTemplateMatcher matcher({u"%1 not found"_s});
    const auto french = catalogue({{u"%1 not found"_s, u"%1 introuvable"_s}, {u"track"_s, u"morceau"_s}});
    QCOMPARE(matcher.translate(u"track not found"_s, french, french), u"morceau introuvable"_s);
    // A value the catalogue does not know (an id, a path) is kept as it is.
    QCOMPARE(matcher.translate(u"abc-123 not found"_s, french, french), u"abc-123 introuvable"_s);
}

void tst_ErrorTranslation::theMostSpecificTemplateWins()
{
    // Both match; the one with more literal characters says more, whatever the order in the catalogue.
    for (const QStringList &order : {QStringList {u"%1 must be %2"_s, u"%1 must be an integer"_s},
                                     QStringList {u"%1 must be an integer"_s, u"%1 must be %2"_s}}) {
        const ErrorTemplateMatcher matcher(order);
        const auto match = matcher.match(u"volume must be an integer"_s);
        QVERIFY(match);
        QCOMPARE(match->source, u"%1 must be an integer"_s);
        QCOMPARE(match->values, QStringList {u"volume"_s});
        QCOMPARE(matcher.match(u"volume must be a string"_s)->source, u"%1 must be %2"_s);
    }
    const ErrorTemplateMatcher upload({u"the upload is %1"_s, u"the upload is already %1"_s});
    QCOMPARE(upload.match(u"the upload is already completed"_s)->values, QStringList {u"completed"_s});
}

void tst_ErrorTranslation::aMessageMatchingNothingStaysAsItIs()
{
    const ErrorTemplateMatcher matcher({u"%1 not found"_s, u"cannot read %1"_s});
    const auto french = catalogue({{u"%1 not found"_s, u"%1 introuvable"_s}});
    QVERIFY(!matcher.match(u"the disk is on fire"_s));
    QCOMPARE(matcher.translate(u"the disk is on fire"_s, french, french), u"the disk is on fire"_s);
    // Anchored: the template must cover the whole message, not a part of it.
    QVERIFY(!matcher.match(u"playlist not found, sorry"_s));
    QVERIFY(!matcher.match(u" not found"_s)); // a value is never empty
    // A template of placeholders alone would match everything: it is never used.
    const ErrorTemplateMatcher bare({u"%1"_s, u"%1: %2"_s});
    QVERIFY(!bare.match(u"anything"_s));
    QVERIFY(bare.match(u"a: b"_s));
}

void tst_ErrorTranslation::regexCharactersAreLiteral()
{
    const ErrorTemplateMatcher matcher({u"%1 must be an object {days, from, to}"_s,
                                        u"the parents' rules do not allow it now (%1)"_s,
                                        u"tag_id must be 4..64 hex digits"_s, u"a [%1] costs $%2 (+%3*)?"_s});
    QCOMPARE(matcher.match(u"quiet_hours[0] must be an object {days, from, to}"_s)->values,
             QStringList {u"quiet_hours[0]"_s});
    QCOMPARE(matcher.match(u"the parents' rules do not allow it now (quiet_hours)"_s)->values,
             QStringList {u"quiet_hours"_s});
    QCOMPARE(matcher.match(u"a [x.*] costs $3 (+^4*)?"_s)->values, (QStringList {u"x.*"_s, u"3"_s, u"^4"_s}));
    QVERIFY(!matcher.match(u"a [x] costs $3 (+4)"_s));
    QVERIFY(!matcher.match(u"quiet_hours[0] must be an object days, from, to"_s));
}

void tst_ErrorTranslation::aValueHoldingAPlaceholderIsNotFilledAgain()
{
    const ErrorTemplateMatcher matcher({u"%1 is listed twice"_s});
    const auto french = catalogue({{u"%1 is listed twice"_s, u"%1 apparaît deux fois"_s}});
    QCOMPARE(matcher.translate(u"100%2 is listed twice"_s, french, french), u"100%2 apparaît deux fois"_s);
}

void tst_ErrorTranslation::aPlaceholderWrittenTwiceHoldsOneValue()
{
    const ErrorTemplateMatcher matcher({u"%1 is %2, and %1 stays %2"_s});
    QCOMPARE(matcher.match(u"a.mp3 is big, and a.mp3 stays big"_s)->values,
             (QStringList {u"a.mp3"_s, u"big"_s}));
    QVERIFY(!matcher.match(u"a.mp3 is big, and b.mp3 stays big"_s));
}

void tst_ErrorTranslation::theCatalogueListsTheMessagesWithValues()
{
    // Written by the build from translations/openmusicbox_en.ts: every ServiceError message with a %n.
    const QStringList sources = ErrorTemplates::sources();
    QVERIFY(sources.contains(u"%1 not found"_s));
    QVERIFY(sources.contains(u"%1 must be at most %2 characters"_s));
    QVERIFY(sources.contains(u"too many wrong PINs; try again in %1 s"_s));
    QVERIFY(!sources.contains(u"wrong PIN"_s));
    for (const QString &source : sources)
        QVERIFY2(source.contains(QRegularExpression(u"%[1-9]"_s)), qPrintable(source));
}

void tst_ErrorTranslation::theBoxSpeaksFrenchAndGermanWithValues()
{
    BoxTranslator translator;
    QCOMPARE(ErrorTranslation::message(u"playlist not found"_s), u"playlist not found"_s);
    QVERIFY(translator.apply(u"fr"_s));
    QCOMPARE(ErrorTranslation::message(u"track not found"_s), u"morceau introuvable"_s);
    QCOMPARE(ErrorTranslation::message(u"title must be at most 255 characters"_s),
             u"title doit compter au plus 255 caractères"_s);
    QCOMPARE(ErrorTranslation::message(u"volume must be true or false"_s),
             u"volume doit être true ou false"_s);
    QCOMPARE(ErrorTranslation::message(u"too many wrong PINs; try again in 42 s"_s),
             u"trop de codes erronés ; réessayez dans 42 s"_s);
    // A value that is itself a message with a value.
    QCOMPARE(ErrorTranslation::message(u"YouTube search failed: no answer within 10 s"_s),
             u"la recherche YouTube a échoué : pas de réponse en 10 s"_s);
    QCOMPARE(ErrorTranslation::message(u"the upload is already cancelled"_s), u"l’envoi est déjà annulé"_s);
    // A message written without a value is still found by its exact text.
    QCOMPARE(ErrorTranslation::message(u"wrong PIN"_s), u"code erroné"_s);

    QVERIFY(translator.apply(u"de"_s));
    QCOMPARE(ErrorTranslation::message(u"nfc_tag not found"_s), u"Karte nicht gefunden"_s);
    QCOMPARE(ErrorTranslation::message(u"volume must be between 0 and 100"_s),
             u"volume muss zwischen 0 und 100 liegen"_s);
    QCOMPARE(ErrorTranslation::message(u"name must be a string"_s), u"name muss eine Zeichenkette sein"_s);
    QCOMPARE(ErrorTranslation::message(u"nothing the catalogue knows"_s), u"nothing the catalogue knows"_s);

    QVERIFY(translator.apply(u"en"_s));
    QCOMPARE(ErrorTranslation::message(u"track not found"_s), u"track not found"_s);
}

void tst_ErrorTranslation::fieldMessagesWithValuesAreTranslated()
{
    BoxTranslator translator;
    QVERIFY(translator.apply(u"de"_s));
    const QJsonObject details {
        {u"errors"_s,
         QJsonArray {QJsonObject {{u"field"_s, u"title"_s}, {u"message"_s, u"title is required"_s}},
                     QJsonObject {{u"field"_s, u"max_volume"_s},
                                  {u"message"_s, u"max_volume must be an integer"_s}}}}};
    const QJsonObject translated = ErrorTranslation::details(details);
    QCOMPARE(translated[u"errors"_s][0][u"message"_s].toString(), u"title fehlt"_s);
    QCOMPARE(translated[u"errors"_s][1][u"field"_s].toString(), u"max_volume"_s);
    QCOMPARE(translated[u"errors"_s][1][u"message"_s].toString(), u"max_volume muss eine ganze Zahl sein"_s);
}

QTEST_GUILESS_MAIN(tst_ErrorTranslation)
#include "tst_errortranslation.moc"
