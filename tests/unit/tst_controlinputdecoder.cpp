// SPDX-License-Identifier: GPL-3.0-or-later
// Physical controls decoding from recorded edge sequences: quadrature with bounce and missed edges,
// acceleration, button debounce and long presses, and the commands they become.

#include "controls/buttondebouncer.h"
#include "controls/controlinputdecoder.h"
#include "controls/quadraturedecoder.h"
#include "controls/rotaryacceleration.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "A0 B0 A1 ..." = edges (channel, level), ms apart when timed.
struct Edge
{
    char channel;
    bool level;
};

QList<Edge> parseEdges(const QString &text)
{
    QList<Edge> edges;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        edges.append({char(word.at(0).toLatin1()), word.at(1) == u'1'});
    return edges;
}

int decode(const QString &text, bool restLevel = true)
{
    QuadratureDecoder decoder(restLevel);
    int total = 0;
    for (const Edge &e : parseEdges(text))
        total += decoder.feedEdge(
            e.channel == 'A' ? QuadratureDecoder::Channel::A : QuadratureDecoder::Channel::B, e.level);
    return total;
}

constexpr int lineNext = 5;
constexpr int linePrevious = 6;
constexpr int linePush = 13;
constexpr int lineA = 17;
constexpr int lineB = 27;

ControlsConfig boxConfig()
{
    ControlsConfig config;
    config.buttons = {{lineNext, ControlAction::Next, ControlAction::None},
                      {linePrevious, ControlAction::Previous, ControlAction::None},
                      {linePush, ControlAction::TogglePlayPause, ControlAction::Next}};
    config.encoderA = lineA;
    config.encoderB = lineB;
    return config;
}

} // namespace

class tst_ControlInputDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quadrature_data();
    void quadrature();
    void acceleration_data();
    void acceleration();
    void button_data();
    void button();
    void longPressComesDueWhileHeld();
    void settledLevelIsReconciled();
    void encoderBecomesVolumeSteps();
    void buttonsBecomeCommands();
    void unknownLinesAreIgnored();
};

void tst_ControlInputDecoder::quadrature_data()
{
    QTest::addColumn<QString>("edges");
    QTest::addColumn<bool>("restLevel");
    QTest::addColumn<int>("detents");
    // At rest both channels are high (pull-ups). Clockwise: A falls first.
    QTest::newRow("one detent cw") << u"A0 B0 A1 B1"_s << true << 1;
    QTest::newRow("one detent ccw") << u"B0 A0 B1 A1"_s << true << -1;
    QTest::newRow("three detents cw") << u"A0 B0 A1 B1 A0 B0 A1 B1 A0 B0 A1 B1"_s << true << 3;
    QTest::newRow("two ccw") << u"B0 A0 B1 A1 B0 A0 B1 A1"_s << true << -2;
    QTest::newRow("bounce on the first edge") << u"A0 A1 A0 A1 A0 B0 A1 B1"_s << true << 1;
    QTest::newRow("bounce in the middle") << u"A0 B0 B1 B0 B1 B0 A1 B1"_s << true << 1;
    QTest::newRow("bounce at the end") << u"A0 B0 A1 B1 B0 B1 B0 B1"_s << true << 1;
    QTest::newRow("half a turn and back") << u"A0 B0 B1 A1"_s << true << 0;
    QTest::newRow("wiggle at rest") << u"A0 A1 B0 B1 A0 A1"_s << true << 0;
    QTest::newRow("missed middle edge: lost, not reversed") << u"A0 A1 B1 A0 B0 A1 B1"_s << true << 1;
    QTest::newRow("missed edges: resync at rest") << u"A0 B1 A1 A0 B0 A1 B1"_s << true << 1;
    QTest::newRow("duplicate level reports") << u"A0 A0 B0 B0 A1 A1 B1 B1"_s << true << 1;
    QTest::newRow("direction change") << u"A0 B0 A1 B1 B0 A0 B1 A1"_s << true << 0;
    QTest::newRow("active-high wiring") << u"A1 B1 A0 B0"_s << false << 1;
}

void tst_ControlInputDecoder::quadrature()
{
    QFETCH(QString, edges);
    QFETCH(bool, restLevel);
    QFETCH(int, detents);
    QCOMPARE(decode(edges, restLevel), detents);
}

void tst_ControlInputDecoder::acceleration_data()
{
    QTest::addColumn<QList<int>>("directions");
    QTest::addColumn<QList<int>>("times");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("slow turn") << QList<int> {1, 1, 1} << QList<int> {0, 200, 400} << QList<int> {1, 1, 1};
    QTest::newRow("medium") << QList<int> {1, 1, 1} << QList<int> {0, 60, 120} << QList<int> {1, 2, 2};
    QTest::newRow("fast spin") << QList<int> {-1, -1, -1, -1} << QList<int> {0, 20, 40, 60}
                               << QList<int> {-1, -3, -3, -3};
    QTest::newRow("reversal starts at one")
        << QList<int> {1, 1, -1} << QList<int> {0, 20, 40} << QList<int> {1, 3, -1};
}

void tst_ControlInputDecoder::acceleration()
{
    QFETCH(QList<int>, directions);
    QFETCH(QList<int>, times);
    QFETCH(QList<int>, expected);
    RotaryAcceleration acceleration;
    QList<int> steps;
    for (int i = 0; i < directions.size(); ++i)
        steps.append(acceleration.steps(directions.at(i), times.at(i)));
    QCOMPARE(steps, expected);
}

void tst_ControlInputDecoder::button_data()
{
    // "level@ms" pressed (1) / released (0) edges; expected events: c = click, l = long.
    QTest::addColumn<QString>("edges");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clean click") << u"1@0 0@120"_s << u"c"_s;
    QTest::newRow("bouncy press and release") << u"1@0 0@2 1@4 0@6 1@9 0@150 1@151 0@153"_s << u"c"_s;
    QTest::newRow("two clicks") << u"1@0 0@100 1@300 0@400"_s << u"cc"_s;
    QTest::newRow("glitch shorter than debounce") << u"1@0 0@5"_s << QString();
    QTest::newRow("long press, release late") << u"1@0 0@1200"_s << u"l"_s;
    QTest::newRow("release exactly at debounce end") << u"1@0 0@25"_s << u"c"_s;
}

void tst_ControlInputDecoder::button()
{
    QFETCH(QString, edges);
    QFETCH(QString, expected);
    ButtonDebouncer debouncer;
    QString events;
    for (const QString &word : edges.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = word.split(u'@');
        const auto event = debouncer.feed(parts.at(0) == u"1"_s, parts.at(1).toLongLong());
        if (event == ButtonDebouncer::Event::Click)
            events += u'c';
        else if (event == ButtonDebouncer::Event::LongPress)
            events += u'l';
    }
    QCOMPARE(events, expected);
}

void tst_ControlInputDecoder::longPressComesDueWhileHeld()
{
    ButtonDebouncer debouncer({25, 800});
    QCOMPARE(debouncer.feed(true, 0), ButtonDebouncer::Event::None);
    QCOMPARE(debouncer.poll(799), ButtonDebouncer::Event::None);
    QCOMPARE(debouncer.poll(800), ButtonDebouncer::Event::LongPress);
    QCOMPARE(debouncer.poll(900), ButtonDebouncer::Event::None); // once
    QCOMPARE(debouncer.feed(false, 1000), ButtonDebouncer::Event::None); // not also a click
    ButtonDebouncer noLong({25, 0});
    noLong.feed(true, 0);
    QCOMPARE(noLong.poll(5000), ButtonDebouncer::Event::None);
    QCOMPARE(noLong.feed(false, 5000), ButtonDebouncer::Event::Click);
}

void tst_ControlInputDecoder::settledLevelIsReconciled()
{
    ButtonDebouncer debouncer;
    debouncer.feed(true, 0);
    debouncer.feed(false, 10); // ignored as bounce, but the button really was let go
    QVERIFY(debouncer.isPressed());
    QCOMPARE(debouncer.sync(false, 20), ButtonDebouncer::Event::None); // still inside the window
    QCOMPARE(debouncer.sync(false, 30), ButtonDebouncer::Event::Click);
    QVERIFY(!debouncer.isPressed());
}

void tst_ControlInputDecoder::encoderBecomesVolumeSteps()
{
    ControlInputDecoder decoder(boxConfig());
    ControlCommands commands;
    qint64 t = 0;
    auto turn = [&](const QString &edges, int stepMs) {
        for (const Edge &e : parseEdges(edges)) {
            commands += decoder.onEdge(e.channel == 'A' ? lineA : lineB, e.level, t);
            t += stepMs;
        }
    };
    turn(u"A0 B0 A1 B1"_s, 50); // one slow detent
    QCOMPARE(commands, (ControlCommands {{ControlAction::VolumeUp, 1}}));
    commands.clear();
    t += 1000;
    turn(u"B0 A0 B1 A1 B0 A0 B1 A1"_s, 2); // two quick detents down
    QCOMPARE(commands, (ControlCommands {{ControlAction::VolumeDown, 1}, {ControlAction::VolumeDown, 3}}));
}

void tst_ControlInputDecoder::buttonsBecomeCommands()
{
    ControlInputDecoder decoder(boxConfig());
    ControlCommands commands;
    // Active low: pressed = level 0.
    commands += decoder.onEdge(lineNext, false, 0);
    commands += decoder.onEdge(lineNext, true, 2); // bounce
    commands += decoder.onEdge(lineNext, true, 100);
    QCOMPARE(commands, (ControlCommands {{ControlAction::Next, 1}}));
    commands.clear();
    commands += decoder.onEdge(linePrevious, false, 200);
    commands += decoder.onEdge(linePrevious, true, 300);
    commands += decoder.onEdge(linePush, false, 400);
    QVERIFY(decoder.anyButtonPressed());
    commands += decoder.poll(1300); // the push button held: its long-press action
    commands += decoder.onEdge(linePush, true, 1400);
    QVERIFY(!decoder.anyButtonPressed());
    QCOMPARE(commands, (ControlCommands {{ControlAction::Previous, 1}, {ControlAction::Next, 1}}));
    commands.clear();
    commands += decoder.onEdge(linePush, false, 2000);
    commands += decoder.onEdge(linePush, true, 2100);
    QCOMPARE(commands, (ControlCommands {{ControlAction::TogglePlayPause, 1}}));
}

void tst_ControlInputDecoder::unknownLinesAreIgnored()
{
    ControlInputDecoder decoder(boxConfig());
    QVERIFY(decoder.onEdge(99, false, 0).isEmpty());
    QVERIFY(decoder.onEdge(99, true, 100).isEmpty());
    ControlsConfig none;
    QVERIFY(none.isEmpty());
    QVERIFY(ControlInputDecoder(none).onEdge(lineA, false, 0).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ControlInputDecoder)
#include "tst_controlinputdecoder.moc"
