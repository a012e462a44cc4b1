// SPDX-License-Identifier: GPL-3.0-or-later
// ParentAuth: setting, changing and removing the PIN, unlocking and locking, the pause after five wrong
// guesses (ManualClock), and what the database keeps (never the PIN). Keys are derived on a worker thread:
// the tests wait for each answer with QTRY, never with a sleep.

#include "library/database.h"
#include "library/pinrepository.h"
#include "manualclock.h"
#include "parental/parentauth.h"
#include "parental/pinhash.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

class tst_ParentAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutPinEverythingIsAllowed();
    void setUnlockLock();
    void wrongPinIsRefusedWithTriesLeft();
    void changeNeedsTheCurrentPin();
    void changeEndsOtherSessions();
    void removeReturnsToOpen();
    void fiveWrongPinsPauseGuessing();
    void malformedPins_data();
    void malformedPins();
    void theDatabaseKeepsASaltedKeyOnly();
    void aStoredPinSurvivesARestart();

private:
    Result<QByteArray> unlock(const QString &pin);
    Result<QByteArray> change(const std::optional<QString> &pin, const QString &current);
    static Result<QByteArray> await(const std::function<void(ParentAuth::Answer)> &call);

    QTemporaryDir m_dir;
    int m_run = 0; // a fresh database per test and per data row
    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PinRepository> m_pins;
    std::unique_ptr<ParentAuth> m_auth;
    const ParentAuth::Config m_config {.iterations = 1000};
};

void tst_ParentAuth::init()
{
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(u"box-%1.db"_s.arg(++m_run))));
    m_pins = std::make_unique<PinRepository>(*m_database);
    m_auth = std::make_unique<ParentAuth>(m_config, *m_pins, m_clock);
    m_auth->load();
}

void tst_ParentAuth::cleanup()
{
    m_auth.reset();
    m_pins.reset();
    m_database.reset();
}

Result<QByteArray> tst_ParentAuth::await(const std::function<void(ParentAuth::Answer)> &call)
{
    auto answer = std::make_shared<std::optional<Result<QByteArray>>>();
    call([answer](Result<QByteArray> result) { *answer = std::move(result); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer->has_value(), 10000); }();
    if (!answer->has_value())
        return ServiceError::internal(u"test"_s, u"no answer"_s);
    return **answer;
}

Result<QByteArray> tst_ParentAuth::unlock(const QString &pin)
{
    return await([&](ParentAuth::Answer done) { m_auth->unlock(pin, std::move(done)); });
}

Result<QByteArray> tst_ParentAuth::change(const std::optional<QString> &pin, const QString &current)
{
    return await([&](ParentAuth::Answer done) { m_auth->changePin(pin, current, std::move(done)); });
}

void tst_ParentAuth::withoutPinEverythingIsAllowed()
{
    QVERIFY(!m_auth->isPinSet());
    QVERIFY(m_auth->allows({}));
    QVERIFY(!m_auth->isUnlocked({}));
    const auto refused = unlock(u"1234"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().type, ErrorType::Conflict);
    const auto removed = change(std::nullopt, {});
    QVERIFY(removed);
    QVERIFY(removed->isEmpty());
}

void tst_ParentAuth::setUnlockLock()
{
    const auto set = change(u"1234"_s, {});
    QVERIFY(set);
    QVERIFY(m_auth->isPinSet());
    QVERIFY(m_auth->allows(*set)); // the one who set it stays unlocked
    QVERIFY(!m_auth->allows({}));
    QVERIFY(!m_auth->allows("not-a-token"));

    const auto token = unlock(u"1234"_s);
    QVERIFY(token);
    QVERIFY(m_auth->isUnlocked(*token));
    m_auth->lock(*token);
    QVERIFY(!m_auth->allows(*token));
    QVERIFY(m_auth->allows(*set));
}

void tst_ParentAuth::wrongPinIsRefusedWithTriesLeft()
{
    QVERIFY(change(u"123456"_s, {}));
    const auto wrong = unlock(u"654321"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().type, ErrorType::Unauthorized);
    QCOMPARE(wrong.error().details.value(u"attempts_left"_s).toInt(), 4);
    QCOMPARE(wrong.error().details.value(u"field"_s).toString(), u"pin"_s);
}

void tst_ParentAuth::changeNeedsTheCurrentPin()
{
    QVERIFY(change(u"1234"_s, {}));
    const auto missing = change(u"5678"_s, {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().type, ErrorType::Validation);
    const auto wrong = change(u"5678"_s, u"9999"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().type, ErrorType::Unauthorized);
    QCOMPARE(wrong.error().details.value(u"field"_s).toString(), u"current_pin"_s);
    QVERIFY(unlock(u"1234"_s)); // unchanged
    QVERIFY(change(u"5678"_s, u"1234"_s));
    QVERIFY(!unlock(u"1234"_s));
    QVERIFY(unlock(u"5678"_s));
}

void tst_ParentAuth::changeEndsOtherSessions()
{
    QVERIFY(change(u"1234"_s, {}));
    const auto other = unlock(u"1234"_s);
    QVERIFY(other);
    const auto changer = change(u"4321"_s, u"1234"_s);
    QVERIFY(changer);
    QVERIFY(!m_auth->allows(*other));
    QVERIFY(m_auth->allows(*changer));
}

void tst_ParentAuth::removeReturnsToOpen()
{
    QVERIFY(change(u"1234"_s, {}));
    const auto removed = change(std::nullopt, u"1234"_s);
    QVERIFY(removed);
    QVERIFY(removed->isEmpty());
    QVERIFY(!m_auth->isPinSet());
    QVERIFY(m_auth->allows({}));
    QVERIFY(!m_pins->load());
}

void tst_ParentAuth::fiveWrongPinsPauseGuessing()
{
    QVERIFY(change(u"1234"_s, {}));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(unlock(u"0000"_s).error().type, ErrorType::Unauthorized);
    const auto paused = unlock(u"1234"_s); // even the right PIN waits
    QVERIFY(!paused);
    QCOMPARE(paused.error().type, ErrorType::RateLimited);
    QCOMPARE(paused.error().details.value(u"retry_after_s"_s).toInt(), 60);
    QCOMPARE(change(u"5678"_s, u"1234"_s).error().type, ErrorType::RateLimited); // the same count
    m_clock.advance(59'000);
    QCOMPARE(unlock(u"1234"_s).error().details.value(u"retry_after_s"_s).toInt(), 1);
    m_clock.advance(1000);
    QVERIFY(unlock(u"1234"_s));
}

void tst_ParentAuth::malformedPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::newRow("empty") << QString();
    QTest::newRow("three digits") << u"123"_s;
    QTest::newRow("nine digits") << u"123456789"_s;
    QTest::newRow("a letter") << u"12a4"_s;
    QTest::newRow("a space") << u"12 34"_s;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663\u0664"_s;
}

void tst_ParentAuth::malformedPins()
{
    QFETCH(QString, pin);
    const auto set = change(pin, {});
    QVERIFY(!set);
    QCOMPARE(set.error().type, ErrorType::Validation);
    QVERIFY(!m_auth->isPinSet());
    QVERIFY(change(u"1234"_s, {}));
    const auto unlocked = unlock(pin);
    QCOMPARE(unlocked.error().type, ErrorType::Validation);
    QVERIFY(unlock(u"1234"_s)); // a malformed PIN is not a guess
}

void tst_ParentAuth::theDatabaseKeepsASaltedKeyOnly()
{
    QVERIFY(change(u"1234"_s, {}));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT salt, iterations, key FROM parent_pin"_s));
    QVERIFY(query.next());
    const QByteArray salt = query.value(0).toByteArray();
    QCOMPARE(salt.size(), 16);
    QCOMPARE(query.value(1).toInt(), 1000);
    const QByteArray key = query.value(2).toByteArray();
    QCOMPARE(key, PinHash::derive(u"1234"_s, salt, 1000));
    QVERIFY(!key.contains("1234"));
    QVERIFY(!query.next());
    QVERIFY(change(u"1234"_s, u"1234"_s)); // the same PIN again gets a new salt
    QVERIFY(m_pins->load()->salt != salt);
}

void tst_ParentAuth::aStoredPinSurvivesARestart()
{
    QVERIFY(change(u"24680"_s, {}));
    m_auth = std::make_unique<ParentAuth>(ParentAuth::Config {.iterations = 2000}, *m_pins, m_clock);
    m_auth->load();
    QVERIFY(m_auth->isPinSet());
    QVERIFY(!m_auth->allows({}));
    QVERIFY(unlock(u"24680"_s)); // checked with the stored 1000 rounds
}

QTEST_GUILESS_MAIN(tst_ParentAuth)
#include "tst_parentauth.moc"
