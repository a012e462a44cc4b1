// SPDX-License-Identifier: GPL-3.0-or-later
// Today's listening time as the page shows it: counted on from the player's state while music plays (the box
// sends no event for it), never past the budget, and worded in minutes or hours and minutes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMinutes, listeningNow, listeningText } from '../../../resources/web/js/listening.js';

const store = (listening, isPlaying, sinceMs) => ({
  player: { listening, is_playing: isPlaying },
  playerAt: performance.now() - sinceMs,
});

test('minutes, then hours and minutes', () => {
  assert.equal(formatMinutes(0), '0 min');
  assert.equal(formatMinutes(59 * 60000 + 59999), '59 min');
  assert.equal(formatMinutes(90 * 60000), '1 h 30 min');
});

test('nothing to show before the box has said', () => {
  assert.equal(listeningNow({ player: null }), null);
  assert.equal(listeningText({ player: null }), null);
});

test('counted on while music plays, still while paused, never past the budget', () => {
  const playing = listeningNow(store({ today_ms: 60000, budget_ms: 600000 }, true, 120000));
  assert.ok(playing.todayMs >= 180000 && playing.todayMs < 181000, String(playing.todayMs));
  assert.equal(playing.budgetMs, 600000);
  assert.equal(listeningNow(store({ today_ms: 60000, budget_ms: 600000 }, false, 120000)).todayMs, 60000);
  assert.equal(listeningNow(store({ today_ms: 590000, budget_ms: 600000 }, true, 120000)).todayMs, 600000);
});

test('worded against the budget, or alone without one', () => {
  assert.equal(
    listeningText(store({ today_ms: 45 * 60000, budget_ms: 90 * 60000 }, false, 0)),
    'Listened today: 45 min of 1 h 30 min',
  );
  assert.equal(listeningText(store({ today_ms: 5 * 60000, budget_ms: null }, false, 0)), 'Listened today: 5 min');
});
