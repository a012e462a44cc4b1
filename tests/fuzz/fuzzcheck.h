// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The entry point every fuzz target defines; libFuzzer calls it, and so does the corpus replay driver of the
// ordinary build.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// An invariant of a parser, checked on every input. A violation aborts: libFuzzer then saves the input as a
// crash, and the corpus replay test of the ordinary build fails. Always on, unlike assert(), because the ci
// build defines NDEBUG.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

// The parsers log what they refuse; a million refusals a minute would only slow the fuzzer down.
inline void silenceLogs()
{
    static const bool silenced = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        return true;
    }();
    (void)silenced;
}
