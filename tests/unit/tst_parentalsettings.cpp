// SPDX-License-Identifier: GPL-3.0-or-later
// ParentalSettings: what a PUT /api/settings/parental body may hold (every bad value is refused naming its
// field), partial updates, and the round trip through JSON and the database.

#include "library/parentalrepository.h"
#include "playlistharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class tst_ParentalSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void badValues_data();
    void badValues();
    void partialUpdate();
    void storedAndReadBack();
};

void tst_ParentalSettings::defaults()
{
    const QJsonObject defaults = ParentalSettings().toJson();
    QCOMPARE(defaults, json(R"({"quiet_hours":[],"quiet_allowed_playlists":[],"quiet_max_volume":null,
        "daily_budget_min":0,"budget_resets_at":"04:00","idle_shutdown_min":0,"sounds_enabled":true})"));
}

void tst_ParentalSettings::badValues_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("quiet_hours not a list") << QByteArray(R"({"quiet_hours":{}})") << u"quiet_hours"_s;
    QTest::newRow("window not an object") << QByteArray(R"({"quiet_hours":[3]})") << u"quiet_hours[0]"_s;
    QTest::newRow("missing from") << QByteArray(R"({"quiet_hours":[{"days":["mon"],"to":"07:00"}]})")
                                  << u"quiet_hours[0].from"_s;
    QTest::newRow("unknown day") << QByteArray(
        R"({"quiet_hours":[{"days":["mon"],"from":"20:00","to":"07:00"},
                                          {"days":["moonday"],"from":"20:00","to":"07:00"}]})")
                                 << u"quiet_hours[1].days"_s;
    QTest::newRow("no day") << QByteArray(R"({"quiet_hours":[{"days":[],"from":"20:00","to":"07:00"}]})")
                            << u"quiet_hours[0].days"_s;
    QTest::newRow("hour 25") << QByteArray(
        R"({"quiet_hours":[{"days":["sun"],"from":"25:00","to":"07:00"}]})")
                             << u"quiet_hours[0].from"_s;
    QTest::newRow("not HH:MM") << QByteArray(
        R"({"quiet_hours":[{"days":["sun"],"from":"8:00","to":"07:00"}]})")
                               << u"quiet_hours[0].from"_s;
    QTest::newRow("empty window") << QByteArray(
        R"({"quiet_hours":[{"days":["sun"],"from":"07:00","to":"07:00"}]})")
                                  << u"quiet_hours[0].to"_s;
    QTest::newRow("allowed not ids") << QByteArray(R"({"quiet_allowed_playlists":[5]})")
                                     << u"quiet_allowed_playlists[0]"_s;
    QTest::newRow("volume too high") << QByteArray(R"({"quiet_max_volume":101})") << u"quiet_max_volume"_s;
    QTest::newRow("volume a string") << QByteArray(R"({"quiet_max_volume":"30"})") << u"quiet_max_volume"_s;
    QTest::newRow("budget negative") << QByteArray(R"({"daily_budget_min":-1})") << u"daily_budget_min"_s;
    QTest::newRow("budget fraction") << QByteArray(R"({"daily_budget_min":1.5})") << u"daily_budget_min"_s;
    QTest::newRow("budget over a day") << QByteArray(R"({"daily_budget_min":1441})") << u"daily_budget_min"_s;
    QTest::newRow("reset time") << QByteArray(R"({"budget_resets_at":"4:00"})") << u"budget_resets_at"_s;
    QTest::newRow("idle") << QByteArray(R"({"idle_shutdown_min":99999})") << u"idle_shutdown_min"_s;
    QTest::newRow("sounds") << QByteArray(R"({"sounds_enabled":"yes"})") << u"sounds_enabled"_s;
}

void tst_ParentalSettings::badValues()
{
    QFETCH(QByteArray, body);
    const auto settings = ParentalSettings::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(!settings.ok());
    QCOMPARE(settings.error().type, ErrorType::Validation);
    QTEST(settings.error().details[u"errors"_s][0][u"field"_s].toString(), "field");
}

void tst_ParentalSettings::partialUpdate()
{
    const auto first = ParentalSettings::fromJson(
        json(R"({"quiet_hours":[{"days":["fri","mon","fri"],"from":"20:30","to":"07:00"}],
                 "quiet_allowed_playlists":["abc"],"quiet_max_volume":30,"daily_budget_min":90})"));
    QVERIFY(first.ok());
    QCOMPARE(first->quietHours.first().days, QList<int>({1, 5})); // sorted, once each
    QCOMPARE(first->quietHours.first().from, QTime(20, 30));

    const auto second
        = ParentalSettings::fromJson(json(R"({"daily_budget_min":0,"quiet_max_volume":null})"), *first);
    QVERIFY(second.ok());
    QCOMPARE(second->dailyBudgetMin, 0);
    QVERIFY(!second->quietMaxVolume); // null removes it
    QCOMPARE(second->quietHours, first->quietHours); // absent fields stay
    QCOMPARE(second->quietAllowedPlaylists, QStringList {u"abc"_s});
    QCOMPARE(ParentalSettings::fromJson(second->toJson()).value(), *second);
}

void tst_ParentalSettings::storedAndReadBack()
{
    PlaylistHarness library;
    QVERIFY(library.isValid());
    ParentalRepository repository(library.database());
    QCOMPARE(repository.settings(), ParentalSettings());
    ParentalSettings settings;
    settings.quietHours = {{{6, 7}, QTime(21, 0), QTime(8, 0)}};
    settings.dailyBudgetMin = 45;
    settings.budgetResetsAt = QTime(3, 30);
    settings.soundsEnabled = false;
    QVERIFY(repository.saveSettings(settings).ok());
    QCOMPARE(ParentalRepository(library.database()).settings(), settings);

    QCOMPARE(repository.listenedMs(QDate(2026, 12, 7)), 0);
    QVERIFY(repository.saveListened(QDate(2026, 12, 7), 12345).ok());
    QVERIFY(repository.saveListened(QDate(2026, 12, 7), 23456).ok());
    QCOMPARE(repository.listenedMs(QDate(2026, 12, 7)), 23456);
    QCOMPARE(repository.listenedMs(QDate(2026, 12, 8)), 0);
}

QTEST_GUILESS_MAIN(tst_ParentalSettings)
#include "tst_parentalsettings.moc"
