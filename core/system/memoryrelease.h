// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// After a burst of work (the library sync): gives the memory it freed back to the system. glibc keeps freed
// pages in the arena of the thread that used them, so a box that read 20,000 file names on a worker thread at
// start would keep about 8 MB resident for nothing until the next burst.
namespace MemoryRelease {
// Before any thread starts: at most two malloc arenas. glibc gives each new thread an arena of its own (up to
// eight per core), and a worker thread's arena keeps the holes around what still lives in it (the GStreamer
// registry, read on the preload thread) after every trim: two arenas kept 1.3 MB less resident at idle with a
// 1000-playlist library, one only 0.1 MB less again while making the streaming thread wait for the main one.
void limitArenas();
void afterBurst();
} // namespace MemoryRelease
