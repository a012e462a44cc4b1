// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryrelease.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace MemoryRelease {

void limitArenas()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 3);
#endif
}

void afterBurst()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every arena, and whole free pages inside them, not only the top of the main heap
#endif
}

} // namespace MemoryRelease
