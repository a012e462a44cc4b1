// SPDX-License-Identifier: GPL-3.0-or-later
// The idle shutdown's warning (system:shutdown_pending): a notice under the top bar counts down the seconds
// until the box turns itself off, with a button that keeps it on (any request to the box is activity). It goes
// on system:shutdown_cancelled, or when the time is up.
import { api } from './api.js';
import { announce } from './dialogs.js';
import { h, icon } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

export class ShutdownNotice {
  constructor(store, root) {
    this.store = store;
    this.root = root;
    this.offAt = null; // Date.now() at which the box turns off
    this.timer = null;
    this.text = h('span', { class: 'blocked-text' });
    this.keepOn = h('button', { type: 'button', class: 'button', onclick: () => this.keepBoxOn() });
    root.replaceChildren(
      h('span', { class: 'blocked-icon', 'aria-hidden': 'true' }, icon('power', 22)),
      this.text,
      this.keepOn,
    );
    store.on('shutdown', (pending) => (pending ? this.show(pending) : this.hide()));
    onLanguageChange(() => this.render());
  }

  // `sentAt` is the box's clock (the event's timestamp): a warning replayed after a reconnect counts from then.
  // The clock offset is known to the second only, so the count never starts above `inMs`.
  show({ inMs, sentAt }) {
    const offset = this.store.clockOffsetMs ?? 0;
    const left = Number.isFinite(sentAt) ? Math.min(inMs, sentAt + inMs - (Date.now() + offset)) : inMs;
    if (!(left > 0)) return this.hide();
    this.offAt = Date.now() + left;
    clearInterval(this.timer);
    this.timer = setInterval(() => this.render(), 1000);
    this.render();
    announce(this.text.textContent);
  }

  hide() {
    clearInterval(this.timer);
    this.timer = null;
    this.offAt = null;
    this.render();
  }

  keepBoxOn() {
    api.get('/api/player/status').catch(() => {});
  }

  render() {
    const seconds = this.offAt === null ? 0 : Math.ceil((this.offAt - Date.now()) / 1000);
    if (this.offAt !== null && seconds <= 0) return this.hide();
    this.root.hidden = this.offAt === null;
    this.keepOn.textContent = t('shutdown.keepOn');
    const text = this.offAt === null ? '' : t('shutdown.pending', { s: seconds });
    if (this.text.textContent !== text) this.text.textContent = text;
  }
}
