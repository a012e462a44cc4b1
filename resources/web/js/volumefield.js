// SPDX-License-Identifier: GPL-3.0-or-later
// A volume that may be left unset: a "no limit" (or "keep the volume") checkbox and a 0-100 slider that is only
// in use while the box is unchecked. Used for a playlist's maximum and start volume and the quiet-hours maximum.
import { h } from './dom.js';
import { t } from './i18n.js';

let counter = 0;

// value: 0..100 or null. Returns { el, value(), set(value), error(el) } where value() is null when unset.
export function volumeField({ label, noneLabel, value = null, fallback = 60, name }) {
  const id = `volume-${name}-${++counter}`;
  const none = h('input', { type: 'checkbox', id: `${id}-none`, dataset: { field: `${name}-none` } });
  const slider = h('input', {
    type: 'range',
    id,
    min: '0',
    max: '100',
    step: '1',
    dataset: { field: name },
  });
  const output = h('output', { class: 'volume-value', for: id });
  const error = h('p', { class: 'form-feedback field-error', id: `${id}-error`, dataset: { errorFor: name } });
  const show = () => {
    slider.disabled = none.checked;
    output.textContent = none.checked ? '' : t('volume.percent', { v: slider.value });
    slider.style.setProperty('--level', `${slider.value}%`);
    slider.setAttribute('aria-valuetext', t('volume.percent', { v: slider.value }));
  };
  const set = (next) => {
    none.checked = next === null || next === undefined;
    slider.value = String(none.checked ? fallback : next);
    show();
  };
  none.addEventListener('change', show);
  slider.addEventListener('input', show);
  set(value);
  const el = h(
    'div',
    { class: 'field volume-field' },
    h('label', { class: 'field-label', for: id, text: label }),
    h('div', { class: 'volume-row' }, slider, output),
    h('label', { class: 'check' }, none, h('span', { text: noneLabel })),
    error,
  );
  return { el, error, value: () => (none.checked ? null : Number(slider.value)), set };
}
