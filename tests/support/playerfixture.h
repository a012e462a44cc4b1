// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeaudiobackend.h"
#include "fakeplayerlibrary.h"
#include "manualclock.h"
#include "playback/playbackcontroller.h"

#include <memory>

// A PlaybackController over FakeAudioBackend and FakePlayerLibrary on a manual clock, for the tables of the
// player's rules (PROTOCOL.md §6.1).
class PlayerFixture
{
public:
    PlayerFixture();

    // A new controller with `config` (the library and the backend stay).
    void makeController(const PlaybackController::Config &config = {});
    // One step of a table: next, previous, end, join, pause, stop, play, toggle or at:<ms>. False if unknown.
    bool apply(const QString &action);

    FakePlayerLibrary library;
    FakeAudioBackend backend;
    ManualClock clock;
    std::unique_ptr<PlaybackController> controller;
};
