// SPDX-License-Identifier: GPL-3.0-or-later
// openmusicbox-cover: the box's cover tool (PROTOCOL.md §3 "Cover art"). The box runs it for each new
// picture, so decoding images happens here, in a short-lived process, and never in the box: a broken or
// hostile picture costs this process, not the music. Exit 0: written; 1: the picture was refused; 2: bad
// usage.
#include "coverscaler.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"openmusicbox-cover"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a picture as a JPEG whose longest side is at most --size pixels, atomically."_s);
    parser.addHelpOption();
    parser.addOption({u"size"_s, u"the longest side in pixels (16..2048, default 512)"_s, u"px"_s, u"512"_s});
    parser.addPositionalArgument(u"input"_s, u"the picture (JPEG, PNG, GIF, BMP...)"_s);
    parser.addPositionalArgument(u"output"_s, u"the JPEG to write"_s);
    parser.process(app);
    bool sizeOk = false;
    const int size = parser.value(u"size"_s).toInt(&sizeOk);
    if (parser.positionalArguments().size() != 2 || !sizeOk || size < 16 || size > 2048) {
        std::fputs("usage: openmusicbox-cover [--size px] <input> <output>\n", stderr);
        return 2;
    }
    const CoverScaler scaler(size);
    if (const auto refused
        = scaler.scale(parser.positionalArguments().at(0), parser.positionalArguments().at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(*refused));
        return 1;
    }
    return 0;
}
