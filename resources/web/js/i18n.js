// SPDX-License-Identifier: GPL-3.0-or-later
// The page's words in English, French and German. The language follows the browser unless the parent picks one.
// The words themselves are in translations/openmusicbox_{en,fr,de}.ts (context WebPage); the build writes them
// into js/catalogue.js.
import { CATALOGUE as STRINGS } from './catalogue.js';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
];

const STORAGE_KEY = 'omb.language';
let current = 'en';
const listeners = new Set();

export function detectLanguage() {
  let saved = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  if (saved && STRINGS[saved]) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (STRINGS[base]) return base;
  }
  return 'en';
}

export function setLanguage(code, { remember = false } = {}) {
  current = STRINGS[code] ? code : 'en';
  document.documentElement.lang = current;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, current);
    } catch {
      // private mode: the choice lasts for this visit only
    }
  }
  for (const fn of listeners) fn(current);
}

export function language() {
  return current;
}

export function onLanguageChange(fn) {
  listeners.add(fn);
}

export function t(key, params = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
}

// The text of key, or fallback when no language has one (for keys built from what the box sends).
export function tOr(key, fallback) {
  return key in STRINGS[current] || key in STRINGS.en ? t(key) : fallback;
}

export function trackCount(count) {
  return count === 1 ? t('playlists.track1') : t('playlists.tracks', { count: count ?? 0 });
}

// Fills every [data-i18n] (text) and [data-i18n-attr="attr:key;attr:key"] element under root.
export function translateTree(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
}
