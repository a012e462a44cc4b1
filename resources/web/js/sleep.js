// SPDX-License-Identifier: GPL-3.0-or-later
// The sleep timer in the player bar: a moon that says how long is left, and a dialog to choose when the music
// fades out and pauses (or to turn the timer off). The box counts down; the page only shows what it says.
import { api } from './api.js';
import { openDialog, showError } from './dialogs.js';
import { h, icon } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

const CHOICES = [15, 30, 60];
const REFRESH_MS = 15000;

export class SleepControl {
  constructor(store, button) {
    this.store = store;
    this.button = button;
    this.endsAt = null; // on this page's clock: the box's remaining_ms from when it arrived
    button.addEventListener('click', () => this.open());
    store.on('player', () => {
      const timer = this.store.player?.sleep_timer;
      this.endsAt = timer ? performance.now() + timer.remaining_ms : null;
      this.render();
    });
    onLanguageChange(() => this.render());
    // The countdown moves without events: the label follows it on its own.
    setInterval(() => this.endsAt !== null && this.render(), REFRESH_MS);
    this.render();
  }

  minutesLeft() {
    return this.endsAt === null ? null : Math.max(1, Math.ceil((this.endsAt - performance.now()) / 60000));
  }

  render() {
    const left = this.minutesLeft();
    if (!this.button.firstChild) this.button.append(icon('sleep', 22));
    this.button.setAttribute('aria-label', left ? t('sleep.left', { m: left }) : t('sleep.button'));
    this.button.setAttribute('aria-pressed', String(left !== null));
    this.button.disabled = !this.store.player;
  }

  open() {
    openDialog({
      title: t('sleep.title'),
      className: 'sleep-dialog',
      build: (body, close) => {
        const choose = async (minutes) => {
          try {
            const { data } = await api.player('sleep', { minutes });
            this.store.setPlayer(data, { fromHttp: true });
            close();
          } catch (error) {
            showError(error);
          }
        };
        const left = this.minutesLeft();
        body.replaceChildren(
          ...[left ? h('p', { class: 'muted', text: t('sleep.left', { m: left }) }) : null].filter(Boolean),
          h(
            'div',
            { class: 'dialog-actions sleep-choices' },
            CHOICES.map((m) =>
              h('button', {
                type: 'button',
                class: 'button',
                onclick: () => choose(m),
                text: t('sleep.minutes', { m }),
              }),
            ),
            left
              ? h('button', { type: 'button', class: 'button', onclick: () => choose(0), text: t('sleep.off') })
              : null,
          ),
        );
      },
      onClose: () => this.button.focus(),
    });
  }
}
