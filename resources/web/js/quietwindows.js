// SPDX-License-Identifier: GPL-3.0-or-later
// The quiet-hours editor: one group per window with its days (the days it starts), from and to; a window whose
// end is not after its start runs past midnight and says so. Edits go straight into the `windows` array.
import { h, icon } from './dom.js';
import { language, t } from './i18n.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// 1 January 2024 was a Monday: the browser names the days in the page's language.
const dayName = (index, style) =>
  new Intl.DateTimeFormat(language(), { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));

export function newWindow() {
  return { days: [...DAYS], from: '19:30', to: '07:00' };
}

// Renders the windows into `root`; onChange() after any edit, onRemove(index) for the remove button.
export function renderQuietWindows(root, windows, { onChange, onRemove }) {
  if (!windows.length) return root.replaceChildren(h('p', { class: 'muted', text: t('parents.quietNone') }));
  root.replaceChildren(
    h(
      'ol',
      { class: 'quiet-list' },
      windows.map((window, index) => h('li', {}, windowGroup(window, index, { onChange, onRemove }))),
    ),
  );
}

function windowGroup(window, index, { onChange, onRemove }) {
  const path = `quiet_hours[${index}]`;
  const number = index + 1;
  const nextDay = h('p', { class: 'hint next-day' });
  const showNextDay = () => {
    nextDay.textContent = window.from && window.to && window.to < window.from ? t('parents.nextDay') : '';
  };
  const days = h(
    'fieldset',
    { class: 'days' },
    h('legend', { class: 'field-label', text: t('parents.days') }),
    h(
      'div',
      { class: 'day-list' },
      DAYS.map((day, dayIndex) => {
        const box = h('input', {
          type: 'checkbox',
          checked: window.days.includes(day),
          dataset: { day, field: dayIndex === 0 ? `${path}.days` : undefined },
          onchange: (event) => {
            const chosen = new Set(window.days);
            if (event.target.checked) chosen.add(day);
            else chosen.delete(day);
            window.days = DAYS.filter((d) => chosen.has(d));
            onChange();
          },
        });
        return h(
          'label',
          { class: 'check day', title: dayName(dayIndex, 'long') },
          box,
          h('span', { 'aria-hidden': 'true', text: dayName(dayIndex, 'short') }),
          h('span', { class: 'sr-only', text: dayName(dayIndex, 'long') }),
        );
      }),
    ),
    h('p', { class: 'form-feedback', dataset: { errorFor: `${path}.days` } }),
  );
  const time = (key, label) => {
    const input = h('input', {
      type: 'time',
      id: `quiet-${index}-${key}`,
      value: window[key],
      required: true,
      dataset: { field: `${path}.${key}` },
      oninput: (event) => {
        window[key] = event.target.value;
        showNextDay();
        onChange();
      },
    });
    return h(
      'div',
      { class: 'field' },
      h('label', { class: 'field-label', for: input.id, text: label }),
      input,
      h('p', { class: 'form-feedback', dataset: { errorFor: `${path}.${key}` } }),
    );
  };
  showNextDay();
  return h(
    'fieldset',
    { class: 'quiet-window card-inner', dataset: { window: String(index) } },
    h('legend', { text: t('parents.window', { n: number }) }),
    days,
    h('div', { class: 'quiet-times' }, time('from', t('parents.from')), time('to', t('parents.to'))),
    nextDay,
    h('p', { class: 'form-feedback', dataset: { errorFor: path } }),
    h(
      'button',
      {
        type: 'button',
        class: 'button small danger-text',
        dataset: { action: 'remove-window' },
        'aria-label': t('parents.removeWindowLabel', { n: number }),
        onclick: () => onRemove(index),
      },
      icon('trash', 18),
      t('parents.removeWindow'),
    ),
  );
}
