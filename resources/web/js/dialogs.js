// SPDX-License-Identifier: GPL-3.0-or-later
// Modal dialogs on the native <dialog> element (focus trap, Escape and screen-reader semantics come with it),
// plus the short notices ("toasts") and the screen-reader announcer.
import { field, h, icon } from './dom.js';
import { t, tOr } from './i18n.js';

let counter = 0;

// Opens a dialog; build(body, close) fills it. Resolves with the value given to close() (undefined on Escape).
export function openDialog({ title, className = '', build, onClose }) {
  const id = `dialog-title-${++counter}`;
  const dialog = h('dialog', { class: `dialog ${className}`, 'aria-labelledby': id });
  let result;
  const close = (value) => {
    result = value;
    if (dialog.open) dialog.close();
  };
  const body = h('div', { class: 'dialog-body' });
  dialog.append(
    h(
      'div',
      { class: 'dialog-head' },
      h('h2', { id, class: 'dialog-title', text: title }),
      h(
        'button',
        { type: 'button', class: 'icon-button small', 'aria-label': t('dialog.close'), onclick: () => close() },
        icon('close', 20),
      ),
    ),
    body,
  );
  document.body.append(dialog);
  const done = new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      onClose?.(result);
      dialog.remove();
      resolve(result);
    });
  });
  build(body, close, dialog);
  dialog.showModal();
  const first = dialog.querySelector('[autofocus]') ?? body.querySelector('input, select, button');
  first?.focus();
  dialog.closeDialog = close;
  dialog.done = done;
  return dialog;
}

export function confirmDialog({ title, message, confirmLabel, danger = false }) {
  return openDialog({
    title,
    build: (body, close) => {
      body.append(
        h('p', { text: message }),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', {
            type: 'button',
            class: 'button',
            onclick: () => close(false),
            text: t('dialog.cancel'),
            autofocus: true,
          }),
          h('button', {
            type: 'button',
            class: `button ${danger ? 'danger' : 'primary'}`,
            'data-action': 'confirm',
            onclick: () => close(true),
            text: confirmLabel,
          }),
        ),
      );
    },
  }).done.then((value) => value === true);
}

export function promptDialog({ title, label, value = '', placeholder = '', confirmLabel, maxLength = 255 }) {
  return openDialog({
    title,
    build: (body, close) => {
      const input = h('input', {
        type: 'text',
        id: `prompt-${counter}`,
        value,
        placeholder,
        maxlength: maxLength,
        required: true,
        autocomplete: 'off',
        autofocus: true,
      });
      const form = h(
        'form',
        {
          method: 'dialog',
          onsubmit: (event) => {
            event.preventDefault();
            const text = input.value.trim();
            if (text) close(text);
            else input.focus();
          },
        },
        field(label, input),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'button', onclick: () => close(), text: t('dialog.cancel') }),
          h('button', { type: 'submit', class: 'button primary', text: confirmLabel }),
        ),
      );
      body.append(form);
      queueMicrotask(() => input.select());
    },
  }).done;
}

export function announce(text) {
  const el = document.getElementById('announcer');
  el.textContent = '';
  requestAnimationFrame(() => {
    el.textContent = text;
  });
}

// A short notice; with `action` ({label, run}) it carries one button (e.g. "Undo") and stays longer. With
// `returnFocus` (a function giving an element) the button takes the keyboard focus at once, Escape closes the
// notice, and the focus goes to returnFocus() when the notice goes while it held the focus. Returns the
// notice, so its owner can take it away early (el.remove()).
export function toast(text, { kind = 'info', timeout = 4000, action = null, returnFocus = null } = {}) {
  const box = document.getElementById('toasts');
  const el = h('div', { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : undefined });
  el.append(h('span', { class: 'toast-text', text }));
  let button = null;
  if (action) {
    el.classList.add('has-action');
    button = h('button', {
      type: 'button',
      class: 'button small toast-action',
      text: action.label,
      onclick: () => {
        el.afterAction = Promise.resolve(action.run());
        el.remove();
      },
    });
    el.append(button);
  }
  box.append(el);
  if (button && returnFocus) focusUntilGone(el, button, returnFocus);
  const lasts = action ? Math.max(timeout, 10000) : kind === 'error' ? timeout * 2 : timeout;
  // A notice with a button stays while the pointer or the focus is on it, so "Undo" is never pulled away.
  const expire = () => (action && el.matches(':hover, :focus-within') ? setTimeout(expire, 1000) : el.remove());
  setTimeout(expire, lasts);
  return el;
}

function focusUntilGone(el, button, returnFocus) {
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') el.remove();
  });
  // Every owner takes a notice away with el.remove() (timeout, Undo, Escape, the entry left the trash
  // elsewhere): if it held the focus, the focus would fall to the page's body, so it goes somewhere sensible.
  const remove = el.remove.bind(el);
  el.remove = () => {
    const held = el.contains(document.activeElement);
    remove();
    if (!held) return;
    // After "Undo", where the focus goes may be what it brought back.
    Promise.resolve(el.afterAction).then(() =>
      requestAnimationFrame(() => {
        const now = document.activeElement;
        if (!now || now === document.body) returnFocus()?.focus();
      }),
    );
  };
  button.focus();
}

export function errorText(error) {
  if (error?.errorType === 'network') return t('error.network');
  if (error?.status === 404 && error?.details?.resource === 'route') return t('error.missing');
  // The box explains in English for its log; the parent reads the kind of error in their language.
  return tOr(`error.${error?.errorType}`, t('error.generic', { message: error?.message ?? String(error) }));
}

export function showError(error) {
  toast(errorText(error), { kind: 'error' });
}
