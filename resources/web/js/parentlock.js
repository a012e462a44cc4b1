// SPDX-License-Identifier: GPL-3.0-or-later
// The lock in the top bar (PROTOCOL.md §4.10): hidden while no parents' PIN is set; shows whether this browser
// is unlocked, unlocks or locks it on a click, and asks for the PIN when a change is answered 401 (api.js
// sends it again afterwards). The PIN lives in the dialog's field only until it is sent; the box's HttpOnly
// cookie does the rest.
import { api, setUnlockHandler } from './api.js';
import { openDialog, toast } from './dialogs.js';
import { field, h, icon } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

export function pinErrorText(error) {
  if (error.errorType === 'rate_limit_exceeded') return t('pin.wait', { s: error.details.retry_after_s ?? 60 });
  if (error.errorType === 'unauthorized') return t('pin.wrong', { n: error.details.attempts_left ?? 0 });
  if (error.errorType === 'validation_error') return t('pin.format');
  return error.message;
}

export class ParentLock {
  constructor(button) {
    this.button = button;
    this.state = { pin_set: false, unlocked: false };
    this.listeners = new Set();
    this.pending = null;
    button.addEventListener('click', () => this.toggle());
    setUnlockHandler(() => this.askToUnlock());
    window.addEventListener('focus', () => this.refresh());
    onLanguageChange(() => this.render());
  }

  onChange(listener) {
    this.listeners.add(listener);
  }

  async refresh() {
    try {
      this.set(await api.authStatus());
    } catch {
      // the next focus or reconnect asks again
    }
  }

  set(state) {
    this.state = { pin_set: !!state?.pin_set, unlocked: !!state?.unlocked };
    this.render();
    for (const listener of this.listeners) listener(this.state);
  }

  render() {
    const { pin_set: pinSet, unlocked } = this.state;
    this.button.hidden = !pinSet;
    this.button.dataset.state = unlocked ? 'unlocked' : 'locked';
    this.button.replaceChildren(
      icon(unlocked ? 'lockOpen' : 'lock', 20),
      h('span', { class: 'parent-lock-text', text: t(unlocked ? 'pin.unlocked' : 'pin.locked') }),
    );
    this.button.setAttribute('aria-label', t(unlocked ? 'pin.lockNow' : 'pin.unlockNow'));
    this.button.title = t(unlocked ? 'pin.lockNow' : 'pin.unlockNow');
  }

  async toggle() {
    if (!this.state.unlocked) return this.askToUnlock();
    try {
      this.set(await api.lock());
      toast(t('pin.lockedToast'));
    } catch (error) {
      toast(error.message, { kind: 'error' });
    }
  }

  // One dialog for however many requests were refused at once; resolves true once unlocked.
  askToUnlock() {
    this.pending ??= this.openDialog().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  async openDialog() {
    const unlocked = await openDialog({
      title: t('pin.dialogTitle'),
      className: 'pin-dialog',
      build: (body, close) => {
        const input = h('input', {
          type: 'password',
          id: 'pin-unlock',
          inputmode: 'numeric',
          autocomplete: 'off',
          pattern: '[0-9]{4,8}',
          minlength: '4',
          maxlength: '8',
          required: true,
          autofocus: true,
        });
        const feedback = h('p', { class: 'form-feedback', role: 'alert' });
        const submit = h('button', { type: 'submit', class: 'button primary', text: t('pin.unlock') });
        const form = h(
          'form',
          {
            onsubmit: async (event) => {
              event.preventDefault();
              const pin = input.value;
              input.value = '';
              submit.disabled = true;
              try {
                this.set(await api.unlock(pin));
                close(true);
              } catch (error) {
                feedback.textContent = pinErrorText(error);
                input.focus();
              } finally {
                submit.disabled = false;
              }
            },
          },
          h('p', { text: t('pin.dialogIntro') }),
          field(t('pin.label'), input),
          feedback,
          h(
            'div',
            { class: 'dialog-actions' },
            h('button', { type: 'button', class: 'button', onclick: () => close(false), text: t('dialog.cancel') }),
            submit,
          ),
        );
        body.append(form);
      },
    }).done;
    if (!unlocked) await this.refresh();
    return unlocked === true;
  }
}
