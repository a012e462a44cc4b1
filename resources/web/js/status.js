// SPDX-License-Identifier: GPL-3.0-or-later
// The box status view: reader, audio output, version and the live statistics, refreshed while it is shown.
import { api } from './api.js';
import { h } from './dom.js';
import { onLanguageChange, t, tOr } from './i18n.js';
import { listeningNow, formatMinutes } from './listening.js';

function duration(seconds) {
  if (!Number.isFinite(seconds)) return '–';
  const d = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d > 0) return `${d} d ${hours} h`;
  if (hours > 0) return `${hours} h ${m} min`;
  return `${m} min ${Math.floor(seconds % 60)} s`;
}

function bytes(count) {
  if (!Number.isFinite(count)) return '–';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = count;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(unit > 1 ? 1 : 0)} ${units[unit]}`;
}

export class StatusView {
  constructor(store, root) {
    this.store = store;
    this.root = root;
    this.data = {};
    this.timer = null;
    this.visible = false;
    document.getElementById('status-refresh').addEventListener('click', () => this.refresh());
    store.on('nfc', (nfc) => {
      this.data.nfc = nfc;
      this.render();
    });
    store.on('connection', () => this.render());
    store.on('player', () => this.visible && this.render());
    onLanguageChange(() => this.render());
  }

  show(visible) {
    this.visible = visible;
    clearInterval(this.timer);
    if (!visible) return;
    this.refresh();
    this.timer = setInterval(() => this.refresh(), 5000);
  }

  async refresh() {
    const settle = async (fn) => {
      try {
        return await fn();
      } catch {
        return null;
      }
    };
    const [health, info, stats, nfc] = await Promise.all([
      settle(api.health),
      settle(api.info),
      settle(api.stats),
      settle(api.nfcStatus),
    ]);
    this.data = { health, info, stats, nfc: nfc ?? this.store.nfc ?? this.data.nfc };
    this.render();
  }

  // `machine`: the value is the box's own name for something (a device, a version), never to be translated.
  card(key, label, value, state, { machine = false } = {}) {
    return h(
      'div',
      { class: `status-card ${state ?? ''}`, dataset: { status: key } },
      h('span', { class: 'status-label', text: label }),
      h('span', {
        class: 'status-value',
        translate: machine && value !== null ? 'no' : undefined,
        text: value ?? t('status.unknown'),
      }),
    );
  }

  // Today's listening time against the daily budget (the parents' rules).
  listeningCard() {
    const now = listeningNow(this.store);
    const value = !now
      ? null
      : now.budgetMs === null
        ? t('status.listeningNoBudget', { used: formatMinutes(now.todayMs) })
        : t('status.listeningValue', { used: formatMinutes(now.todayMs), budget: formatMinutes(now.budgetMs) });
    const spent = now && now.budgetMs !== null && now.todayMs >= now.budgetMs;
    return this.card('listening', t('status.listening'), value, spent ? 'bad' : null);
  }

  render() {
    const { health, info, stats, nfc } = this.data;
    const services = health?.services ?? {};
    const overall = health?.status;
    const reader = nfc?.reader;
    const flag = (ok) => (ok === undefined ? null : ok ? 'ok' : 'bad');
    const cards = [
      this.card(
        'overall',
        t('status.overall'),
        overall ? t(`status.${overall}`) : null,
        overall === 'healthy' ? 'ok' : overall ? 'bad' : null,
      ),
      this.card(
        'reader',
        t('status.reader'),
        reader
          ? reader.available
            ? t('status.readerOk', { kind: tOr(`status.readerKind.${reader.kind}`, reader.kind) })
            : t('status.readerNone')
          : services.nfc === undefined
            ? null
            : services.nfc
              ? t('status.ok')
              : t('status.readerNone'),
        flag(reader ? reader.available : services.nfc),
      ),
      this.card('tag', t('status.currentTag'), nfc ? (nfc.current_tag_id ?? t('status.noTag')) : null),
      this.card(
        'audio',
        t('status.audio'),
        services.audio === undefined ? null : services.audio ? t('status.ok') : t('status.fail'),
        flag(services.audio),
      ),
      this.card(
        'db',
        t('status.storage'),
        services.db === undefined ? null : services.db ? t('status.ok') : t('status.fail'),
        flag(services.db),
      ),
      this.card(
        'live',
        t('status.live'),
        t(`conn.${this.store.connection}`),
        this.store.connection === 'connected' ? 'ok' : 'bad',
      ),
      this.listeningCard(),
      this.card('version', t('status.version'), info?.version ?? null),
      this.card('uptime', t('status.uptime'), duration(info?.uptime_s ?? health?.uptime_s)),
      this.card('clients', t('status.clients'), stats ? String(stats.connected_clients ?? 0) : null),
      this.card(
        'disk',
        t('status.disk'),
        info?.storage?.total_bytes
          ? t('status.diskValue', { free: bytes(info.storage.available_bytes), total: bytes(info.storage.total_bytes) })
          : null,
      ),
      this.card('library', t('status.library'), info?.library ? t('status.libraryValue', info.library) : null),
      this.card('output', t('status.output'), info?.audio_output ?? null, undefined, { machine: true }),
    ];
    if (Number.isFinite(info?.cpu_temperature_c))
      cards.push(this.card('temperature', t('status.temperature'), `${info.cpu_temperature_c.toFixed(1)} °C`));
    const details = h('details', { class: 'status-details' }, h('summary', { text: t('status.details') }));
    const rows = [];
    if (info) {
      rows.push(
        [t('status.detail.qt'), info.qt_version],
        [t('status.detail.host'), info.hostname],
        [t('status.detail.platform'), info.platform],
        [t('status.detail.protocol'), info.protocol_version],
      );
    }
    if (stats) {
      rows.push(
        [t('status.detail.seq'), stats.global_seq],
        [t('status.detail.clients'), `${stats.clients?.ws ?? 0} / ${stats.clients?.socketio ?? 0}`],
        [t('status.detail.outbox'), `${stats.outbox?.size ?? 0} / ${stats.outbox?.limit ?? 0}`],
        [t('status.detail.positions'), stats.position?.emitted_total],
        [t('status.detail.dropped'), stats.dropped_clients_total],
        [t('status.detail.epoch'), stats.epoch],
      );
    }
    details.append(
      h(
        'dl',
        {},
        rows
          .filter(([, v]) => v !== undefined && v !== null)
          .flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { translate: 'no', text: String(v) })]),
      ),
    );
    this.root.replaceChildren(...cards, details);
    if (this.detailsOpen) details.open = true;
    details.addEventListener('toggle', () => {
      this.detailsOpen = details.open;
    });
  }
}
