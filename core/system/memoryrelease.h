// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// After a burst of work (the library sync): gives the memory it freed back to the system. glibc keeps freed
// pages in the arena of the thread that used them, so a box that read 20,000 file names on a worker thread at
// start would keep about 8 MB resident for nothing until the next burst.
namespace MemoryRelease {
// Before any thread starts: at most three malloc arenas. glibc gives each new thread an arena of its own (up
// to eight per core), and an arena keeps the holes around what still lives in it after every trim; with two,
// the library sync's worker shared an arena with the main thread or with GStreamer's threads depending on the
// run, and whatever was allocated for good meanwhile (the GStreamer registry, the playlists' JSON) was spread
// over the pages the sync had used. Idle with a 1000-playlist library: two arenas 29.8-30.9 MB (eight
// runs), three 29.6-30.0 (eight), eight 29.6-29.9 (three); one made the streaming thread wait for the main
// one.
void limitArenas();
void afterBurst();
} // namespace MemoryRelease
