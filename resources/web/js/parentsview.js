// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' rules view (GET/PUT /api/settings/parental): quiet hours, the playlists allowed in them, their
// volume maximum, the daily listening time and when its day begins, the idle time after which the box turns
// itself off, and whether the box plays its chimes. A 422 puts each message next to the field
// it names. The box sends no event when the rules change, so the view reads them again whenever it is shown,
// the window gets the focus back or the live connection returns, unless the parent has unsaved edits.
import { api } from './api.js';
import { announce, errorText } from './dialogs.js';
import { h, icon } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './fielderrors.js';
import { onLanguageChange, t } from './i18n.js';
import { listeningText } from './listening.js';
import { newWindow, renderQuietWindows } from './quietwindows.js';
import { volumeField } from './volumefield.js';

const EDITED = [
  'quiet_hours',
  'quiet_allowed_playlists',
  'quiet_max_volume',
  'daily_budget_min',
  'budget_resets_at',
  'idle_shutdown_min',
  'sounds_enabled',
];

// A quiet window whose end was refused: the values sent tell whether it ended where it started (the message is
// in the box's language and is never parsed).
function endsAtItsStart(field, sent) {
  const quietWindow = /^quiet_hours\[(\d+)\]\.to$/.exec(field);
  const times = quietWindow ? sent.quiet_hours?.[Number(quietWindow[1])] : null;
  return Boolean(times) && times.from === times.to;
}

function wordError(field, message, sent) {
  if (/\.days$/.test(field)) return t('parents.error.days');
  if (endsAtItsStart(field, sent)) return t('parents.error.sameTime');
  if (/\.(from|to)$/.test(field) || field === 'budget_resets_at') return t('parents.error.time');
  if (field === 'quiet_max_volume') return t('parents.error.volume');
  if (field === 'daily_budget_min' || field === 'idle_shutdown_min') return t('parents.error.budget');
  return message;
}

const copy = (settings) => JSON.parse(JSON.stringify(settings));
const pick = (settings) => Object.fromEntries(EDITED.map((key) => [key, settings[key]]));

export class ParentsView {
  constructor(store, root) {
    this.store = store;
    this.root = root;
    this.saved = null;
    this.draft = null;
    this.visible = false;
    this.saving = false;
    const refreshIfIdle = () => {
      if (this.visible && !this.isDirty()) this.refresh();
    };
    window.addEventListener('focus', refreshIfIdle);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') refreshIfIdle();
    });
    store.on('joined', (room) => room === 'playlists' && refreshIfIdle());
    // Another page's save changes the budget the player reports: the sign to read the rules again.
    store.on('player', (player) => {
      const budget = player?.listening?.budget_ms ?? null;
      if (this.lastBudget !== undefined && budget !== this.lastBudget) refreshIfIdle();
      this.lastBudget = budget;
      this.renderListening();
    });
    store.on('playlists', () => this.visible && this.draft && this.renderAllowed());
    onLanguageChange(() => this.draft && this.render());
    setInterval(() => this.visible && this.renderListening(), 15000);
  }

  show(visible) {
    this.visible = visible;
    if (visible && !this.isDirty()) this.refresh();
  }

  isDirty() {
    return !!this.draft && JSON.stringify(pick(this.draft)) !== JSON.stringify(pick(this.saved));
  }

  async refresh() {
    try {
      const settings = await api.parentalSettings();
      if (this.isDirty()) return;
      if (JSON.stringify(pick(settings)) !== JSON.stringify(pick(this.saved ?? {}))) this.savedNote = false;
      this.saved = settings;
      this.draft = copy(settings);
      this.loadError = null;
    } catch (error) {
      this.loadError = errorText(error);
    }
    this.render();
  }

  render() {
    if (this.loadError && !this.draft)
      return this.root.replaceChildren(h('p', { class: 'form-feedback', text: this.loadError }));
    if (!this.draft) return this.root.replaceChildren(h('p', { class: 'muted', text: t('playlists.loading') }));
    const focused = this.root.contains(document.activeElement) ? document.activeElement.id : null;
    const draft = this.draft;
    this.windows = h('div', { class: 'quiet-windows' });
    this.allowed = h('div', { class: 'allowed-list' });
    this.quietVolume = volumeField({
      label: t('parents.quietVolume'),
      noneLabel: t('volume.noLimit'),
      value: draft.quiet_max_volume,
      fallback: 40,
      name: 'quiet_max_volume',
    });
    this.quietVolume.el.addEventListener('input', () => this.edited());
    this.quietVolume.el.addEventListener('change', () => this.edited());
    const budget = h('input', {
      type: 'number',
      id: 'parents-budget',
      min: '0',
      max: '1440',
      step: '1',
      inputmode: 'numeric',
      value: String(draft.daily_budget_min ?? 0),
      dataset: { field: 'daily_budget_min' },
      oninput: (event) => {
        const text = event.target.value.trim();
        draft.daily_budget_min = text === '' ? 0 : Number(text);
        this.edited();
      },
    });
    const reset = h('input', {
      type: 'time',
      id: 'parents-reset',
      value: draft.budget_resets_at ?? '04:00',
      dataset: { field: 'budget_resets_at' },
      oninput: (event) => {
        draft.budget_resets_at = event.target.value;
        this.edited();
      },
    });
    const idle = h('input', {
      type: 'number',
      id: 'parents-idle',
      min: '0',
      max: '1440',
      step: '1',
      inputmode: 'numeric',
      value: String(draft.idle_shutdown_min ?? 0),
      dataset: { field: 'idle_shutdown_min' },
      oninput: (event) => {
        const text = event.target.value.trim();
        draft.idle_shutdown_min = text === '' ? 0 : Number(text);
        this.edited();
      },
    });
    const sounds = h('input', {
      type: 'checkbox',
      id: 'parents-sounds',
      checked: draft.sounds_enabled !== false,
      dataset: { field: 'sounds_enabled' },
      onchange: (event) => {
        draft.sounds_enabled = event.target.checked;
        this.edited();
      },
    });
    this.listening = h('p', { class: 'listening-today', role: 'status' });
    // The "saved" line outlives a redraw (the save's own state:player makes the view read the rules again).
    this.status = h('p', { class: 'save-status', role: 'status', text: this.savedNote ? t('parents.saved') : '' });
    this.saveButton = h('button', { type: 'submit', class: 'button primary', id: 'parents-save' }, t('parents.save'));
    this.form = h(
      'form',
      { class: 'parents-form', novalidate: true, onsubmit: (event) => this.save(event) },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'quiet-heading' },
        h('h2', { id: 'quiet-heading', text: t('parents.quietHeading') }),
        h('p', { class: 'muted', text: t('parents.quietIntro') }),
        this.windows,
        h('p', { class: 'form-feedback', dataset: { errorFor: 'quiet_hours' } }),
        h(
          'button',
          { type: 'button', class: 'button', id: 'parents-add-window', onclick: () => this.addWindow() },
          icon('plus', 20),
          t('parents.addWindow'),
        ),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'allowed-heading' },
        h('h2', { id: 'allowed-heading', text: t('parents.allowedHeading') }),
        h('p', { class: 'muted', text: t('parents.allowedIntro') }),
        this.allowed,
        h('p', { class: 'form-feedback', dataset: { errorFor: 'quiet_allowed_playlists' } }),
        this.quietVolume.el,
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'budget-heading' },
        h('h2', { id: 'budget-heading', text: t('parents.budgetHeading') }),
        h('p', { class: 'muted', text: t('parents.budgetIntro') }),
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'field-label', for: budget.id, text: t('parents.budgetMinutes') }),
          budget,
          h('p', { class: 'form-feedback', dataset: { errorFor: 'daily_budget_min' } }),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'field-label', for: reset.id, text: t('parents.resetAt') }),
          reset,
          h('p', { class: 'form-feedback', dataset: { errorFor: 'budget_resets_at' } }),
        ),
        this.listening,
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'idle-heading' },
        h('h2', { id: 'idle-heading', text: t('parents.idleHeading') }),
        h('p', { class: 'muted', text: t('parents.idleIntro') }),
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'field-label', for: idle.id, text: t('parents.idleMinutes') }),
          idle,
          h('p', { class: 'form-feedback', dataset: { errorFor: 'idle_shutdown_min' } }),
        ),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'sounds-heading' },
        h('h2', { id: 'sounds-heading', text: t('parents.soundsHeading') }),
        h('p', { class: 'muted', text: t('parents.soundsIntro') }),
        h('label', { class: 'check' }, sounds, h('span', { text: t('parents.soundsEnabled') })),
        h('p', { class: 'form-feedback', dataset: { errorFor: 'sounds_enabled' } }),
      ),
      h(
        'div',
        { class: 'parents-actions' },
        h('p', { class: 'form-feedback', dataset: { errorFor: '' } }),
        this.status,
        this.saveButton,
      ),
    );
    this.root.replaceChildren(this.form);
    this.renderWindows();
    this.renderAllowed();
    this.renderListening();
    if (focused) document.getElementById(focused)?.focus();
  }

  renderWindows(focusIndex = null) {
    renderQuietWindows(this.windows, this.draft.quiet_hours, {
      onChange: () => this.edited(),
      onRemove: (index) => this.removeWindow(index),
    });
    if (focusIndex !== null) this.windows.querySelector(`[data-window="${focusIndex}"] input`)?.focus();
  }

  addWindow() {
    this.draft.quiet_hours.push(newWindow());
    this.renderWindows(this.draft.quiet_hours.length - 1);
    this.edited();
  }

  removeWindow(index) {
    this.draft.quiet_hours.splice(index, 1);
    this.renderWindows();
    const left = this.windows.querySelectorAll('[data-action="remove-window"]');
    (left[Math.min(index, left.length - 1)] ?? document.getElementById('parents-add-window')).focus();
    this.edited();
  }

  renderAllowed() {
    const playlists = this.store.sortedPlaylists();
    const chosen = new Set(this.draft.quiet_allowed_playlists);
    if (!playlists.length)
      return this.allowed.replaceChildren(h('p', { class: 'muted', text: t('parents.allowedNone') }));
    this.allowed.replaceChildren(
      h(
        'ul',
        { class: 'check-list' },
        playlists.map((playlist) =>
          h(
            'li',
            {},
            h(
              'label',
              { class: 'check' },
              h('input', {
                type: 'checkbox',
                id: `allowed-${playlist.id}`,
                checked: chosen.has(playlist.id),
                dataset: { playlistId: playlist.id },
                onchange: (event) => {
                  const ids = new Set(this.draft.quiet_allowed_playlists);
                  if (event.target.checked) ids.add(playlist.id);
                  else ids.delete(playlist.id);
                  this.draft.quiet_allowed_playlists = [...ids];
                  this.edited();
                },
              }),
              h('span', { text: playlist.title }),
            ),
          ),
        ),
      ),
    );
  }

  renderListening() {
    if (!this.listening) return;
    const text = listeningText(this.store) ?? '';
    if (this.listening.textContent !== text) this.listening.textContent = text;
  }

  edited() {
    this.draft.quiet_max_volume = this.quietVolume.value();
    this.savedNote = false;
    if (this.status.textContent) this.status.textContent = '';
  }

  async save(event) {
    event.preventDefault();
    if (this.saving) return;
    this.saving = true;
    this.saveButton.disabled = true;
    clearFieldErrors(this.form);
    const known = new Set(this.store.playlists.keys());
    const body = pick(this.draft);
    // A playlist deleted meanwhile is no longer offered, nor sent.
    if (this.store.loaded) body.quiet_allowed_playlists = body.quiet_allowed_playlists.filter((id) => known.has(id));
    try {
      const settings = await api.saveParentalSettings(body);
      this.saved = settings;
      this.draft = copy(settings);
      this.savedNote = true;
      this.render();
      announce(t('parents.saved'));
      this.saveButton.focus();
    } catch (error) {
      if (error.status === 422) {
        showFieldErrors(this.form, error, (field, message) => wordError(field, message, body))?.focus();
        announce(t('parents.invalid'));
      } else {
        this.form.querySelector('[data-error-for=""]').textContent = errorText(error);
      }
    } finally {
      this.saving = false;
      this.saveButton.disabled = false;
    }
  }
}
