// SPDX-License-Identifier: GPL-3.0-or-later
// What an error message in the box's language costs: compiling the catalogue's templates (once, at the first
// error), and then one message found by its exact text, one matched against the templates, and one the
// catalogue lacks, in French. Every error envelope and err:op pays one of these.

#include "common/errortemplatematcher.h"
#include "common/errortemplates.h"
#include "common/errortranslation.h"
#include "system/boxtranslator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double microsecondsPerMessage(const QString &english, int rounds)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype sink = 0;
    for (int i = 0; i < rounds; ++i)
        sink += ErrorTranslation::message(english).size();
    const double us = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    if (sink == 0)
        std::fprintf(stderr, "nothing was translated\n");
    return us;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BoxTranslator translator;
    if (!translator.apply(u"fr"_s)) {
        std::fprintf(stderr, "the French catalogue is missing\n");
        return 1;
    }
    const QStringList templates = ErrorTemplates::sources();
    QElapsedTimer compile;
    compile.start();
    const ErrorTemplateMatcher matcher(templates);
    const double compileMs = double(compile.nsecsElapsed()) / 1e6;
    std::printf("templates: %lld, compiled in %.2f ms\n", qint64(templates.size()), compileMs);

    constexpr int rounds = 20000;
    microsecondsPerMessage(u"wrong PIN"_s, 10); // the first error compiles the templates
    std::printf("exact message:      %.2f us\n", microsecondsPerMessage(u"wrong PIN"_s, rounds));
    std::printf("message with values: %.2f us\n",
                microsecondsPerMessage(u"title must be at most 255 characters"_s, rounds));
    std::printf("nested values:      %.2f us\n",
                microsecondsPerMessage(u"YouTube search failed: no answer within 10 s"_s, rounds));
    std::printf("no template:        %.2f us\n",
                microsecondsPerMessage(u"something the catalogue has never heard of"_s, rounds));
    return 0;
}
