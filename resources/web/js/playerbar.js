// SPDX-License-Identifier: GPL-3.0-or-later
// The player bar: what plays, a progress bar that glides between the 200 ms position events, seeking by
// click, drag or keys, and the transport, volume, shuffle and repeat controls.
import { api } from './api.js';
import { announce, showError } from './dialogs.js';
import { clear, coverArt, formatTime, icon } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

const REPEAT_NEXT = { none: 'playlist', playlist: 'track', track: 'none' };

const setTooltip = (el, text) => (text ? el.setAttribute('title', text) : el.removeAttribute('title'));

export class PlayerBar {
  constructor(store) {
    this.store = store;
    this.$ = (id) => document.getElementById(id);
    this.root = this.$('player');
    this.seek = this.$('player-seek');
    this.fill = this.$('player-fill');
    this.thumb = this.$('player-thumb');
    this.volume = this.$('player-volume');
    this.dragging = null;
    this.volumeBusy = false;
    this.frame = 0;
    this.lastAria = -1;
    this.coverKey = null;

    this.$('player-toggle').addEventListener('click', () => this.command('toggle'));
    this.$('player-prev').addEventListener('click', () => this.command('previous'));
    this.$('player-next').addEventListener('click', () => this.command('next'));
    this.$('player-shuffle').addEventListener('click', () =>
      this.command('shuffle', { enabled: !this.store.player?.shuffle }),
    );
    this.$('player-repeat').addEventListener('click', () =>
      this.command('repeat', { mode: REPEAT_NEXT[this.store.player?.repeat ?? 'none'] ?? 'none' }),
    );
    this.$('player-mute').addEventListener('click', () => this.command('mute', { muted: !this.store.player?.muted }));
    this.bindSeek();
    this.bindVolume();

    store.on('player', () => this.render());
    store.on('position', () => this.renderProgress());
    onLanguageChange(() => this.render());
    this.render();
    this.loop();
  }

  async command(action, body = {}) {
    try {
      const { data } = await api.player(action, body);
      this.store.setPlayer(data, { fromHttp: true });
    } catch (error) {
      showError(error);
    }
  }

  bindSeek() {
    const ratioAt = (event) => {
      const rect = this.seek.getBoundingClientRect();
      return Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
    };
    this.seek.addEventListener('pointerdown', (event) => {
      if (!this.canSeek() || event.button !== 0) return;
      event.preventDefault();
      this.seek.setPointerCapture(event.pointerId);
      this.seek.focus();
      this.dragging = { ratio: ratioAt(event) };
      this.seek.classList.add('dragging');
      this.renderProgress();
    });
    this.seek.addEventListener('pointermove', (event) => {
      if (!this.dragging) return;
      this.dragging.ratio = ratioAt(event);
      this.renderProgress();
    });
    const finish = (event, commit) => {
      if (!this.dragging) return;
      const ratio = event.type === 'pointerup' ? ratioAt(event) : this.dragging.ratio;
      this.dragging = null;
      this.seek.classList.remove('dragging');
      if (commit) this.seekTo(Math.round(ratio * this.store.position.duration));
      else this.renderProgress();
    };
    this.seek.addEventListener('pointerup', (event) => finish(event, true));
    this.seek.addEventListener('pointercancel', (event) => finish(event, false));
    this.seek.addEventListener('keydown', (event) => {
      if (!this.canSeek()) return;
      const now = this.store.currentPosition();
      const duration = this.store.position.duration;
      const steps = {
        ArrowRight: 5000,
        ArrowUp: 5000,
        ArrowLeft: -5000,
        ArrowDown: -5000,
        PageUp: 30000,
        PageDown: -30000,
      };
      let target = null;
      if (event.key in steps) target = now + steps[event.key];
      else if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = Math.max(0, duration - 1000);
      if (target === null) return;
      event.preventDefault();
      this.seekTo(Math.round(Math.min(duration, Math.max(0, target))));
    });
  }

  canSeek() {
    return !!this.store.player?.active_track && this.store.position.duration > 0;
  }

  seekTo(positionMs) {
    const p = this.store.position;
    this.store.position = { ...p, base: positionMs, at: performance.now(), lead: 0 };
    this.renderProgress();
    this.command('seek', { position_ms: positionMs });
  }

  // The effective maximum (playlist, quiet hours, VOLUME_MAX): the slider stops there and says why.
  maxVolume() {
    const max = this.store.player?.max_volume;
    return Number.isFinite(max) ? Math.max(0, Math.min(100, max)) : 100;
  }

  bindVolume() {
    const wanted = () => {
      this.volumeBusy = true;
      const max = this.maxVolume();
      if (Number(this.volume.value) > max) {
        this.volume.value = String(max);
        if (!this.capAnnounced) announce(t('player.volumeCapReached', { max }));
        this.capAnnounced = true;
      }
      this.volume.style.setProperty('--level', `${this.volume.value}%`);
      this.renderVolumeCap();
      this.sendVolume(Number(this.volume.value));
    };
    this.volume.addEventListener('input', wanted);
    this.volume.addEventListener('change', wanted);
    this.volume.addEventListener('blur', () => {
      this.volumeBusy = false;
      this.capAnnounced = false;
    });
  }

  // One volume request in flight at a time, always for the latest value, so the box ends where the slider ends.
  async sendVolume(value) {
    this.volumeWanted = value;
    if (this.volumeSending) return;
    this.volumeSending = true;
    while (this.volumeWanted !== this.volumeSent) {
      this.volumeSent = this.volumeWanted;
      await this.command('volume', { volume: this.volumeSent });
    }
    this.volumeSending = false;
  }

  render() {
    const p = this.store.player;
    const track = p?.active_track ?? null;
    const playing = !!p?.is_playing;
    this.root.dataset.state = p?.state ?? 'stopped';
    this.root.classList.toggle('idle', !track);

    // The track's own picture, else its playlist's; the letter tile when neither has one.
    const coverUrl = track?.cover_url ?? this.store.playlists.get(p?.active_playlist_id)?.cover_url ?? null;
    const coverKey = `${p?.active_playlist_id ?? ''}|${p?.active_playlist_title ?? ''}|${coverUrl ?? ''}`;
    if (coverKey !== this.coverKey) {
      this.coverKey = coverKey;
      const cover = this.$('player-cover');
      clear(cover);
      cover.append(
        coverArt({
          id: p?.active_playlist_id ?? '',
          title: p?.active_playlist_title ?? '',
          url: coverUrl,
          alt: t('cover.alt', { title: track ? track.title || track.filename : '' }),
        }),
      );
    }
    // A long title is cut in the bar: its tooltip holds the whole of it.
    const name = track ? track.title || track.filename : t('player.nothing');
    this.$('player-track').textContent = name;
    setTooltip(this.$('player-track'), track ? name : '');
    const where = [];
    if (track && p.active_playlist_title) where.push(p.active_playlist_title);
    if (track && Number.isInteger(p.track_index) && p.track_count > 1)
      where.push(t('player.trackOf', { n: p.track_index + 1, count: p.track_count }));
    this.$('player-playlist').textContent = track ? where.join(' · ') : t('player.hint');
    setTooltip(this.$('player-playlist'), track ? where.join(' · ') : '');

    const toggle = this.$('player-toggle');
    clear(toggle);
    toggle.append(icon(playing ? 'pause' : 'play', 30));
    toggle.setAttribute('aria-label', playing ? t('player.pause') : t('player.play'));
    toggle.disabled = !track;
    this.setButton('player-prev', 'prev', t('player.prev'), !track || !p.can_prev);
    this.setButton('player-next', 'next', t('player.next'), !track || !p.can_next);

    const shuffle = this.$('player-shuffle');
    this.setButton('player-shuffle', 'shuffle', t('player.shuffle'), !p);
    shuffle.setAttribute('aria-pressed', String(!!p?.shuffle));
    const repeat = this.$('player-repeat');
    const mode = p?.repeat ?? 'none';
    this.setButton('player-repeat', mode === 'track' ? 'repeatOne' : 'repeat', t(`player.repeat.${mode}`), !p);
    repeat.dataset.mode = mode;
    repeat.setAttribute('aria-pressed', String(mode !== 'none'));

    const muted = !!p?.muted;
    this.setButton('player-mute', muted ? 'muted' : 'volume', muted ? t('player.unmute') : t('player.mute'), !p);
    this.$('player-mute').setAttribute('aria-pressed', String(muted));
    if (!this.volumeBusy && !this.volumeSending && p && Number.isFinite(p.volume)) {
      this.volumeSent = p.volume;
      this.volume.value = String(p.volume);
      this.volume.style.setProperty('--level', `${p.volume}%`);
    }
    this.volume.disabled = !p;
    this.renderVolumeCap();
    this.seek.setAttribute('aria-disabled', String(!track));
    this.renderProgress();
  }

  renderVolumeCap() {
    const max = this.maxVolume();
    const capped = max < 100;
    this.volume.classList.toggle('capped', capped);
    this.volume.style.setProperty('--max', `${max}%`);
    const cap = this.$('player-volume-cap');
    cap.hidden = !capped;
    cap.textContent = capped ? t('player.volumeCap', { max }) : '';
    const level = t('volume.percent', { v: this.volume.value });
    this.volume.setAttribute('aria-valuetext', capped ? t('player.volumeCapValue', { level, max }) : level);
    this.volume.title = capped ? t('player.volumeCapReached', { max }) : '';
  }

  setButton(id, iconName, label, disabled) {
    const button = this.$(id);
    if (button.dataset.icon !== iconName) {
      clear(button);
      button.append(icon(iconName, 22));
      button.dataset.icon = iconName;
    }
    button.setAttribute('aria-label', label);
    button.title = label;
    button.disabled = disabled;
  }

  renderProgress() {
    const duration = this.store.position.duration || 0;
    const position = this.dragging ? this.dragging.ratio * duration : this.store.currentPosition();
    const ratio = duration > 0 ? Math.min(1, position / duration) : 0;
    this.fill.style.transform = `scaleX(${ratio})`;
    this.thumb.style.left = `${ratio * 100}%`;
    this.$('player-elapsed').textContent = formatTime(position);
    this.$('player-duration').textContent = this.store.position.live ? t('stream.live') : formatTime(duration);
    this.seek.dataset.positionMs = String(Math.round(position));
    const second = Math.floor(position / 1000);
    if (second !== this.lastAria) {
      this.lastAria = second;
      this.seek.setAttribute('aria-valuemax', String(Math.round(duration / 1000)));
      this.seek.setAttribute('aria-valuenow', String(second));
      this.seek.setAttribute(
        'aria-valuetext',
        t('player.valuetext', { pos: formatTime(position), dur: formatTime(duration) }),
      );
    }
  }

  loop() {
    const tick = () => {
      if (this.store.position.playing || this.dragging) this.renderProgress();
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }
}
