// SPDX-License-Identifier: GPL-3.0-or-later
// The web page against its catalogue (the WebPage context of translations/openmusicbox_en.ts): every key the
// page looks up is there, every web string in the catalogue is used, and each message has its own key.
#include "testpaths.h"
#include "tscatalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Keys the page builds at run time from what the box sends, `t(\`blocked.${reason}\`)`: the prefix as written
// in the page, and every value docs/PROTOCOL.md allows there. For tOr() (a fallback when the catalogue has no
// text) the values are those the page words itself; the others show the box's own message.
const QHash<QString, QStringList> &computedKeys()
{
    static const QHash<QString, QStringList> keys {
        {u"action."_s,
         {u"pause"_s, u"stop"_s, u"next"_s, u"previous"_s, u"volume_up"_s, u"volume_down"_s, u"shuffle"_s,
          u"repeat"_s, u"sleep_15"_s, u"sleep_30"_s, u"sleep_60"_s}},
        {u"blocked."_s, {u"quiet_hours"_s, u"budget"_s}},
        {u"conn."_s, {u"connected"_s, u"connecting"_s, u"reconnecting"_s}},
        {u"editTrack.invalid."_s, {u"title"_s, u"artist"_s, u"album"_s}},
        {u"error."_s,
         {u"bad_request"_s, u"validation_error"_s, u"not_found"_s, u"conflict"_s, u"payload_too_large"_s,
          u"rate_limit_exceeded"_s, u"internal_error"_s, u"service_unavailable"_s,
          u"insufficient_storage"_s}},
        {u"player.repeat."_s, {u"none"_s, u"playlist"_s, u"track"_s}},
        {u"status."_s, {u"healthy"_s, u"degraded"_s, u"unhealthy"_s}},
        {u"status.readerKind."_s, {u"pn532_uart"_s, u"pn532_i2c"_s, u"serial"_s, u"mock"_s, u"none"_s}},
        {u"stream.invalid."_s, {u"url"_s, u"title"_s}},
    };
    return keys;
}

struct PageKeys
{
    QSet<QString> literal; // t('key'), t(flag ? 'a' : 'b'), data-i18n="key", data-i18n-attr="attr:key;…"
    QSet<QString> prefixes; // t(`prefix.${…}`)
    QStringList unknownForms; // a call the scan cannot read: the test must learn it
};

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void scanScript(const QString &name, const QString &text, PageKeys *keys)
{
    static const QRegularExpression call(u"(?<![\\w.$])(?:t|tOr)\\(\\s*"_s);
    static const QRegularExpression literal(u"\\G'([^'\\\\]+)'"_s);
    static const QRegularExpression choice(u"\\G[\\w.$?!=\\s]+\\?\\s*'([^']+)'\\s*:\\s*'([^']+)'"_s);
    static const QRegularExpression computed(u"\\G`([\\w.]+)\\$\\{[^`]*\\}`"_s);
    for (const QRegularExpressionMatch &match : call.globalMatch(text)) {
        const qsizetype at = match.capturedEnd();
        if (const QRegularExpressionMatch key = literal.match(text, at); key.hasMatch()) {
            keys->literal.insert(key.captured(1));
        } else if (const QRegularExpressionMatch either = choice.match(text, at); either.hasMatch()) {
            keys->literal.insert(either.captured(1));
            keys->literal.insert(either.captured(2));
        } else if (const QRegularExpressionMatch built = computed.match(text, at); built.hasMatch()) {
            keys->prefixes.insert(built.captured(1));
        } else if (name != "i18n.js"_L1) { // which defines t() and tOr() and passes keys through them
            keys->unknownForms.append(name + u": "_s + text.mid(match.capturedStart(), 60));
        }
    }
}

void scanMarkup(const QString &text, PageKeys *keys)
{
    static const QRegularExpression textKey(u"data-i18n=\"([^\"]+)\""_s);
    static const QRegularExpression attributeKeys(u"data-i18n-attr=\"([^\"]+)\""_s);
    for (const QRegularExpressionMatch &match : textKey.globalMatch(text))
        keys->literal.insert(match.captured(1));
    for (const QRegularExpressionMatch &match : attributeKeys.globalMatch(text)) {
        for (const QString &pair : match.captured(1).split(u';'))
            keys->literal.insert(pair.section(u':', 1));
    }
}

PageKeys scanPage()
{
    PageKeys keys;
    const QString web = TestPaths::sourceDir() + u"/resources/web"_s;
    QDirIterator files(web, {u"*.js"_s, u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString text = read(path);
        if (path.endsWith(".js"_L1))
            scanScript(files.fileName(), text, &keys);
        // i18n.js describes the attributes in a comment and fills them in.
        if (files.fileName() != "i18n.js"_L1)
            scanMarkup(text, &keys);
    }
    return keys;
}

QHash<QString, QString> webStrings(QString *error)
{
    QHash<QString, QString> strings; // key -> English
    for (const TsMessage &message : TsCatalogue::read(u"en"_s, error)) {
        if (message.context == "WebPage"_L1 && message.isLive())
            strings.insert(message.comment, message.source);
    }
    return strings;
}
} // namespace

class tst_WebCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyWebMessageHasItsOwnKey();
    void everyKeyThePageUsesIsInTheCatalogue();
    void everyComputedKeyIsInTheCatalogue();
    void everyWebStringIsUsed();

private:
    PageKeys m_page;
    QHash<QString, QString> m_strings;
};

void tst_WebCatalogue::initTestCase()
{
    QString error;
    m_strings = webStrings(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_strings.size() > 300);
    m_page = scanPage();
    QVERIFY2(m_page.unknownForms.isEmpty(),
             qPrintable(u"calls of t() the test cannot read: "_s + m_page.unknownForms.join(u" | "_s)));
    QVERIFY(m_page.literal.size() > 300);
}

void tst_WebCatalogue::everyWebMessageHasItsOwnKey()
{
    QString error;
    QSet<QString> seen;
    for (const TsMessage &message : TsCatalogue::read(u"en"_s, &error)) {
        if (message.context != "WebPage"_L1)
            continue;
        QVERIFY2(!message.comment.isEmpty(), qPrintable(u"no key for \""_s + message.source + u'"'));
        QVERIFY2(!seen.contains(message.comment), qPrintable(u"key twice: "_s + message.comment));
        seen.insert(message.comment);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_WebCatalogue::everyKeyThePageUsesIsInTheCatalogue()
{
    for (const QString &key : std::as_const(m_page.literal))
        QVERIFY2(m_strings.contains(key),
                 qPrintable(u"the page uses "_s + key + u", the catalogue lacks it"_s));
}

void tst_WebCatalogue::everyComputedKeyIsInTheCatalogue()
{
    for (const QString &prefix : std::as_const(m_page.prefixes)) {
        QVERIFY2(
            computedKeys().contains(prefix),
            qPrintable(u"the page builds keys from "_s + prefix + u"…: list its values in computedKeys()"_s));
        for (const QString &value : computedKeys().value(prefix))
            QVERIFY2(m_strings.contains(prefix + value), qPrintable(u"missing "_s + prefix + value));
    }
}

void tst_WebCatalogue::everyWebStringIsUsed()
{
    QSet<QString> computed;
    for (auto prefix = computedKeys().cbegin(); prefix != computedKeys().cend(); ++prefix) {
        if (!m_page.prefixes.contains(prefix.key()))
            continue;
        for (const QString &value : prefix.value())
            computed.insert(prefix.key() + value);
    }
    for (auto string = m_strings.cbegin(); string != m_strings.cend(); ++string) {
        QVERIFY2(m_page.literal.contains(string.key()) || computed.contains(string.key()),
                 qPrintable(u"nothing on the page uses "_s + string.key() + u" (\""_s + string.value()
                            + u"\")"_s));
    }
}

QTEST_GUILESS_MAIN(tst_WebCatalogue)
#include "tst_webcatalogue.moc"
