// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' PIN in the Parents tab: set one, change it, remove it (PROTOCOL.md §4.10). The fields are
// emptied as soon as the box answers; nothing is kept in the page or the browser's storage.
import { api } from './api.js';
import { toast } from './dialogs.js';
import { field, h } from './dom.js';
import { onLanguageChange, t } from './i18n.js';
import { pinErrorText } from './parentlock.js';

const pinInput = (id) =>
  h('input', {
    type: 'password',
    id,
    inputmode: 'numeric',
    autocomplete: 'off',
    pattern: '[0-9]{4,8}',
    minlength: '4',
    maxlength: '8',
  });

export class PinSettings {
  constructor(lock, root) {
    this.lock = lock;
    this.root = root;
    this.busy = false;
    lock.onChange(() => this.render());
    onLanguageChange(() => this.render());
    this.render();
  }

  render() {
    const pinSet = this.lock.state.pin_set;
    this.current = pinInput('pin-current');
    this.next = pinInput('pin-new');
    this.feedback = h('p', { class: 'form-feedback', role: 'alert' });
    const save = h('button', {
      type: 'submit',
      class: 'button primary',
      text: t(pinSet ? 'pin.change' : 'pin.set'),
    });
    const remove = pinSet
      ? h('button', { type: 'button', class: 'button danger', text: t('pin.remove'), onclick: () => this.save(null) })
      : null;
    this.root.replaceChildren(
      h('h2', { id: 'pin-heading', text: t('pin.heading') }),
      h('p', { class: 'muted', text: t(pinSet ? 'pin.introSet' : 'pin.introNone') }),
      h(
        'form',
        {
          class: 'pin-form',
          novalidate: true,
          onsubmit: (event) => {
            event.preventDefault();
            this.save(this.next.value);
          },
        },
        pinSet ? field(t('pin.current'), this.current) : null,
        field(t(pinSet ? 'pin.newLabel' : 'pin.label'), this.next),
        this.feedback,
        h('div', { class: 'form-actions' }, save, remove),
      ),
    );
  }

  async save(pin) {
    if (this.busy) return;
    if (pin !== null && !/^[0-9]{4,8}$/.test(pin)) {
      this.feedback.textContent = t('pin.format');
      return this.next.focus();
    }
    const currentPin = this.current.value || undefined;
    this.current.value = '';
    this.next.value = '';
    this.busy = true;
    try {
      this.lock.set(await api.setPin(pin, currentPin));
      toast(t(pin === null ? 'pin.removedToast' : 'pin.savedToast'));
    } catch (error) {
      this.feedback.textContent = pinErrorText(error);
    } finally {
      this.busy = false;
    }
  }
}
