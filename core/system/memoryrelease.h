// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// After a burst of work (the library sync): gives the memory it freed back to the system. glibc keeps freed
// pages in the arena of the thread that used them, so a box that read 20,000 file names on a worker thread at
// start would keep about 8 MB resident for nothing until the next burst.
namespace MemoryRelease {
void afterBurst();
}
