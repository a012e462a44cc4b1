// SPDX-License-Identifier: GPL-3.0-or-later
// Every error message a service writes with values reaches the catalogue: a ServiceError (or a field error)
// built in core/ from an English text with %1..%9 must mark that text with QT_TRANSLATE_NOOP("ServiceError",
// ...), or it stays English in every language. The check reads the sources: from each construction
// (ServiceError::notFound/validation/conflict/internal, ServiceError {...}, {ErrorType::..., addError(...) to
// its closing bracket, string literals skipped) it lists the u"..."_s literals holding a placeholder. A
// message put in a variable first is not seen here; those are marked by hand.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ErrorMessageMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyErrorMessageWithValuesIsMarked();
    void theScanSeesAnUnmarkedMessage();

private:
    static QStringList unmarked(const QString &source);
};

namespace {
// Files whose errors never reach a person in the box's language: the config file's and the command line's
// errors are printed at start, before any language is applied, and so are the database migrations'; the demo
// library is made by a command-line option.
const QStringList notForTheCatalogue {u"config/settingsloader.cpp"_s, u"library/demolibrary.cpp"_s,
                                      u"library/database.cpp"_s};

// The index just after the bracket that closes the one at open, string and character literals skipped.
qsizetype closingBracket(const QString &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            for (++i; i < text.size() && text.at(i) != c; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
            continue;
        }
        if (c == u'(' || c == u'{')
            ++depth;
        else if ((c == u')' || c == u'}') && --depth == 0)
            return i + 1;
    }
    return text.size();
}
} // namespace

QStringList tst_ErrorMessageMarks::unmarked(const QString &source)
{
    static const QRegularExpression construction(
        uR"(ServiceError::(?:notFound|validation|conflict|internal)\s*\(|ServiceError\s*\{|\{\s*ErrorType::|addError\s*\()"_s);
    static const QRegularExpression placeholderLiteral(
        uR"re(u"((?:[^"\\]|\\.)*%[1-9](?:[^"\\]|\\.)*)"_s)re"_s);
    QStringList found;
    for (const QRegularExpressionMatch &start : construction.globalMatch(source)) {
        const qsizetype open = start.capturedEnd() - 1;
        const QString call = source.mid(open, closingBracket(source, open) - open);
        for (const QRegularExpressionMatch &literal : placeholderLiteral.globalMatch(call)) {
            // An index into a field's name ("track_order[%1]") names the field, it is no message.
            const QString text = literal.captured(1);
            if (!QRegularExpression(uR"(^\w+\[%1\]$)"_s).match(text).hasMatch())
                found.append(text);
        }
    }
    return found;
}

void tst_ErrorMessageMarks::everyErrorMessageWithValuesIsMarked()
{
    const QString core = qEnvironmentVariable("OMB_SOURCE_DIR") + u"/core"_s;
    QVERIFY2(QFile::exists(core), qPrintable(core));
    int files = 0;
    QStringList problems;
    QDirIterator it(core, {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(core.size() + 1);
        if (notForTheCatalogue.contains(relative))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        for (const QString &text : unmarked(QString::fromUtf8(file.readAll())))
            problems.append(relative + u": "_s + text);
    }
    QVERIFY(files > 100);
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"error messages not marked for the catalogue:\n"_s + problems.join(u'\n')));
}

void tst_ErrorMessageMarks::theScanSeesAnUnmarkedMessage()
{
    const QString source = uR"cpp(
        return ServiceError::conflict(u"the upload is %1 (really)"_s.arg(status), {{u"status"_s, status}});
    return ServiceError {ErrorType::Conflict,
                         QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the job is %1")).arg(x),
                         {}};
    fields.addError(u"track_order[%1]"_s.arg(i), u"%1 is listed twice"_s.arg(field));
    qCInfo(lcHttp) << u"log only %1"_s.arg(1);
    )cpp"_s;
    QCOMPARE(unmarked(source), (QStringList {u"the upload is %1 (really)"_s, u"%1 is listed twice"_s}));
}

QTEST_GUILESS_MAIN(tst_ErrorMessageMarks)
#include "tst_errormessagemarks.moc"
