// SPDX-License-Identifier: GPL-3.0-or-later
// Today's listening time against the daily budget. PlayerState `listening.today_ms` grows without an event while
// music plays (like the position), so it is counted on from the moment the state arrived.
import { t } from './i18n.js';

export function formatMinutes(ms) {
  const minutes = Math.floor(Math.max(0, ms ?? 0) / 60000);
  if (minutes < 60) return t('time.minutes', { m: minutes });
  return t('time.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

// { todayMs, budgetMs (null without a budget) }, or null before the box has said.
export function listeningNow(store) {
  const listening = store.player?.listening;
  if (!listening) return null;
  const running = store.player.is_playing ? performance.now() - (store.playerAt ?? performance.now()) : 0;
  const todayMs = (listening.today_ms ?? 0) + running;
  const budgetMs = listening.budget_ms ?? null;
  return { todayMs: budgetMs === null ? todayMs : Math.min(todayMs, budgetMs), budgetMs };
}

export function listeningText(store) {
  const now = listeningNow(store);
  if (!now) return null;
  return now.budgetMs === null
    ? t('listening.noBudget', { used: formatMinutes(now.todayMs) })
    : t('listening.ofBudget', { used: formatMinutes(now.todayMs), budget: formatMinutes(now.budgetMs) });
}
