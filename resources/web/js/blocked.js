// SPDX-License-Identifier: GPL-3.0-or-later
// Why the music does not play: state:playback_blocked (or a refused start's 409) shows a notice under the top
// bar, "quiet hours until 07:00" or "today's listening time is used up until 04:00". It goes when the time has
// come, when music plays again, or when the parent closes it.
import { announce } from './dialogs.js';
import { h, icon } from './dom.js';
import { language, onLanguageChange, t } from './i18n.js';

export const BLOCK_REASONS = new Set(['quiet_hours', 'budget']);

// "07:00", or "Mon 07:00" when that is not today.
export function untilText(untilMs) {
  const until = new Date(untilMs);
  const sameDay = until.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(language(), {
    weekday: sameDay ? undefined : 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(until);
}

export class BlockedNotice {
  constructor(store, root) {
    this.store = store;
    this.root = root;
    this.block = null;
    this.timer = null;
    this.text = h('span', { class: 'blocked-text' });
    this.close = h(
      'button',
      { type: 'button', class: 'icon-button small', onclick: () => this.hide() },
      icon('close', 20),
    );
    root.replaceChildren(
      h('span', { class: 'blocked-icon', 'aria-hidden': 'true' }, icon('sleep', 22)),
      this.text,
      this.close,
    );
    store.on('blocked', (block) => this.show(block));
    store.on('player', (player) => player?.is_playing && this.hide());
    onLanguageChange(() => this.render());
  }

  show(block) {
    if (!BLOCK_REASONS.has(block?.reason)) return;
    this.block = block;
    clearTimeout(this.timer);
    const left = (block.until ?? 0) - Date.now();
    // A timer of more than 24.8 days would fire at once; the notice then simply stays until closed.
    if (left > 0 && left < 2 ** 31) this.timer = setTimeout(() => this.hide(), left);
    this.render();
    announce(this.text.textContent);
  }

  hide() {
    clearTimeout(this.timer);
    const hadFocus = this.root.contains(document.activeElement);
    this.block = null;
    this.render();
    if (hadFocus) document.getElementById('main').focus({ preventScroll: true });
  }

  render() {
    this.root.hidden = !this.block;
    this.root.dataset.reason = this.block?.reason ?? '';
    this.close.setAttribute('aria-label', t('blocked.dismiss'));
    this.close.title = t('blocked.dismiss');
    const text = this.block ? t(`blocked.${this.block.reason}`, { time: untilText(this.block.until) }) : '';
    if (this.text.textContent !== text) this.text.textContent = text;
  }
}
