// SPDX-License-Identifier: GPL-3.0-or-later
// The Tags view: every linked tag with the name the parents give it, the playlist it starts (or, for an action
// card, what it does) and when it was last placed on the box. Names are saved on the box
// (PUT /api/nfc/tags/{tag_id}); a tag is unlinked with DELETE /api/nfc/tags/{tag_id}.
import { api } from './api.js';
import { announce, confirmDialog, errorText, showError } from './dialogs.js';
import { h, icon } from './dom.js';
import { language, onLanguageChange, t } from './i18n.js';
import { actionLabel } from './tagactions.js';

export class TagsView {
  constructor(store, root) {
    this.store = store;
    this.root = root;
    this.tags = null;
    this.visible = false;
    // A link, an unlink or a rename of a playlist changes what the list shows.
    store.on('playlists', () => {
      if (this.visible) this.refresh();
    });
    onLanguageChange(() => this.render());
  }

  show(visible) {
    this.visible = visible;
    if (visible) this.refresh();
  }

  async refresh() {
    try {
      this.tags = (await api.listTags()).tags ?? [];
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    }
    this.render();
  }

  when(iso) {
    if (!iso) return t('tags.never');
    return new Date(iso).toLocaleString(language(), { dateStyle: 'medium', timeStyle: 'short' });
  }

  render() {
    if (this.error) return this.root.replaceChildren(h('p', { class: 'form-feedback', text: this.error }));
    if (!this.tags) return this.root.replaceChildren(h('p', { class: 'muted', text: t('playlists.loading') }));
    if (!this.tags.length) return this.root.replaceChildren(h('p', { class: 'empty', text: t('tags.empty') }));
    // Keep what a parent is typing when the list is redrawn under them.
    const typing = this.root.contains(document.activeElement) ? document.activeElement.dataset.tagId : null;
    const list = h('ul', { class: 'tag-list' });
    for (const tag of this.tags) list.append(this.row(tag));
    this.root.replaceChildren(list);
    if (typing) this.root.querySelector(`input[data-tag-id="${CSS.escape(typing)}"]`)?.focus();
  }

  async unlink(tag) {
    const what = tag.action ? actionLabel(tag.action) : tag.playlist_title;
    const ok = await confirmDialog({
      title: t('tags.unlinkConfirm', { name: tag.name || tag.tag_id }),
      message: t('tags.unlinkBody', { what }),
      confirmLabel: t('tags.unlink'),
      danger: true,
    });
    if (!ok) return;
    try {
      await api.unlinkTag(tag.tag_id);
      announce(t('tags.unlinked', { name: tag.name || tag.tag_id }));
      await this.refresh();
    } catch (error) {
      showError(error);
    }
  }

  row(tag) {
    const inputId = `tag-name-${tag.tag_id}`;
    const input = h('input', {
      type: 'text',
      id: inputId,
      value: tag.name,
      maxlength: 60,
      autocomplete: 'off',
      placeholder: t('tags.namePlaceholder'),
      dataset: { tagId: tag.tag_id },
    });
    const feedback = h('p', { class: 'form-feedback', role: 'alert' });
    const save = async (event) => {
      event.preventDefault();
      feedback.textContent = '';
      try {
        const saved = (await api.nameTag(tag.tag_id, input.value.trim())).tag;
        Object.assign(tag, saved);
        announce(t('tags.saved', { name: saved.name || tag.tag_id }));
      } catch (error) {
        feedback.textContent = errorText(error);
      }
    };
    return h(
      'li',
      { class: 'tag-row card', dataset: { tagId: tag.tag_id } },
      h('span', { class: 'tag-icon', 'aria-hidden': 'true' }, icon('tag', 24)),
      h(
        'form',
        { class: 'tag-form', onsubmit: save },
        h('label', { for: inputId, class: 'field-label', text: t('tags.name', { tag: tag.tag_id }) }),
        h(
          'div',
          { class: 'inline-form' },
          h('div', { class: 'grow' }, input),
          h('button', { type: 'submit', class: 'button', text: t('dialog.save') }),
        ),
        feedback,
        h(
          'dl',
          { class: 'tag-facts' },
          h('dt', { text: tag.action ? t('tags.does') : t('tags.plays') }),
          tag.action
            ? h('dd', { class: 'tag-action', text: actionLabel(tag.action) })
            : h('dd', { class: 'tag-playlist', text: tag.playlist_title }),
          h('dt', { text: t('tags.lastUsed') }),
          h('dd', { class: 'tag-last-used', text: this.when(tag.last_used_at) }),
        ),
        h('button', {
          type: 'button',
          class: 'button small danger-text tag-unlink',
          onclick: () => this.unlink(tag),
          text: t('tags.unlink'),
        }),
      ),
    );
  }
}
