// SPDX-License-Identifier: GPL-3.0-or-later
// The screen's catalogue (translations/openmusicbox_{en,fr,de}.ts): every French and German string finished,
// the same strings in every language, and plural forms where the source counts.
#include "testpaths.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList forms; // the translation, or its numerus forms
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &language, QString *error)
{
    QFile file(TestPaths::sourceDir() + u"/translations/openmusicbox_%1.ts"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            messages.append({context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == "yes"_L1});
        } else if (xml.name() == "source"_L1 && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == "translation"_L1 && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(u"type"_s).toString();
            if (!messages.last().numerus)
                messages.last().forms = {xml.readElementText()};
        } else if (xml.name() == "numerusform"_L1 && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> result;
    for (const Message &message : messages) {
        if (message.type != "vanished"_L1 && message.type != "obsolete"_L1)
            result.insert(message.context + u'|' + message.source);
    }
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
    const QList<Message> english = readCatalogue(u"en"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!english.isEmpty());
    const QList<Message> messages = readCatalogue(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(keys(messages), keys(english));
    for (const Message &message : messages) {
        const QString where = u"%1 %2: \"%3\""_s.arg(language, message.context, message.source);
        QVERIFY2(message.type.isEmpty(), qPrintable(where + u" is "_s + message.type));
        QVERIFY2(!message.forms.isEmpty(), qPrintable(where + u" has no translation"_s));
        for (const QString &form : message.forms)
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where + u" has an empty translation"_s));
        if (message.numerus)
            QVERIFY2(message.forms.size() == 2, qPrintable(where + u" needs singular and plural"_s));
        // A placeholder lost in translation shows "%1" or nothing on the screen.
        for (const QString &marker : {u"%1"_s, u"%2"_s, u"%3"_s, u"%n"_s}) {
            if (message.source.contains(marker)) {
                for (const QString &form : message.forms)
                    QVERIFY2(form.contains(marker), qPrintable(where + u" lost "_s + marker));
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
