// SPDX-License-Identifier: GPL-3.0-or-later
// LanguageSetting: the box's language is the parents' stored choice over LANGUAGE over the system's over
// English; a change is stored (a new start reads it back) and said once; a language the box does not speak is
// refused.
#include "library/database.h"
#include "library/languagesetting.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_LanguageSetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resolvesTheConfiguredThenTheSystemsThenEnglish_data();
    void resolvesTheConfiguredThenTheSystemsThenEnglish();
    void aChoiceIsStoredAndReadAtTheNextStart();
    void aChoiceIsSaidOnce();
    void anUnknownLanguageIsRefused();

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_database;
    QString m_path;
};

void tst_LanguageSetting::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"box-%1.db"_s.arg(++m_run));
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_path));
}

void tst_LanguageSetting::cleanup()
{
    m_database.reset();
}

void tst_LanguageSetting::resolvesTheConfiguredThenTheSystemsThenEnglish_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("configured") << u"fr"_s << QLocale(QLocale::German) << u"fr"_s;
    QTest::newRow("system") << QString() << QLocale(QLocale::German) << u"de"_s;
    QTest::newRow("unknown configured") << u"xx"_s << QLocale(QLocale::French) << u"fr"_s;
    QTest::newRow("neither") << QString() << QLocale(QLocale::Japanese) << u"en"_s;
}

void tst_LanguageSetting::resolvesTheConfiguredThenTheSystemsThenEnglish()
{
    QFETCH(QString, configured);
    QFETCH(QLocale, system);
    QFETCH(QString, expected);
    QCOMPARE(LanguageSetting::resolve(configured, system), expected);
    LanguageSetting language(*m_database, configured, system);
    language.load(); // nothing stored yet
    QCOMPARE(language.language(), expected);
    QCOMPARE(language.isChosen(), configured == expected);
}

void tst_LanguageSetting::aChoiceIsStoredAndReadAtTheNextStart()
{
    {
        LanguageSetting language(*m_database, u"en"_s);
        language.load();
        QVERIFY(language.setLanguage(u"de"_s));
    }
    m_database.reset();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_path));
    LanguageSetting restarted(*m_database, u"fr"_s); // the stored choice wins over LANGUAGE
    QCOMPARE(restarted.language(), u"fr"_s);
    restarted.load();
    QCOMPARE(restarted.language(), u"de"_s);
}

void tst_LanguageSetting::aChoiceIsSaidOnce()
{
    LanguageSetting language(*m_database, QString(), QLocale(QLocale::French));
    QVERIFY(!language.isChosen()); // the system's guess
    QSignalSpy changed(&language, &LanguageSetting::languageChanged);
    QVERIFY(language.setLanguage(u"fr"_s)); // the same words, now a parent's choice, stored
    QVERIFY(language.isChosen());
    QCOMPARE(changed.count(), 0);
    QVERIFY(language.setLanguage(u"de"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"de"_s);
    LanguageSetting again(*m_database, QString(), QLocale(QLocale::Japanese));
    again.load();
    QVERIFY(again.isChosen());
    QCOMPARE(again.language(), u"de"_s);
}

void tst_LanguageSetting::anUnknownLanguageIsRefused()
{
    LanguageSetting language(*m_database, u"en"_s);
    QSignalSpy changed(&language, &LanguageSetting::languageChanged);
    const Status refused = language.setLanguage(u"xx"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().type, ErrorType::Validation);
    QCOMPARE(language.language(), u"en"_s);
    QCOMPARE(changed.count(), 0);
    LanguageSetting again(*m_database, u"en"_s);
    again.load();
    QCOMPARE(again.language(), u"en"_s); // nothing was stored
}

QTEST_GUILESS_MAIN(tst_LanguageSetting)
#include "tst_languagesetting.moc"
