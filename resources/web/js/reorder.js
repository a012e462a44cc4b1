// SPDX-License-Identifier: GPL-3.0-or-later
// Drag-to-reorder for track rows with pointer events (mouse, pen and touch alike): the row follows the pointer
// among its siblings and the new order is committed once, on release. The list holds the pointer capture
// because the dragged row itself moves in the DOM, which would release a capture held by the row.

export class TrackReorder {
  constructor({ onCommit, onEnd }) {
    this.onCommit = onCommit;
    this.onEnd = onEnd;
    this.active = null;
  }

  attach(handle, row, playlistId) {
    handle.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || this.active) return;
      event.preventDefault();
      const list = row.parentElement;
      const drag = {
        row,
        list,
        playlistId,
        pointerId: event.pointerId,
        startY: event.clientY,
        before: [...list.children].map((el) => el.dataset.trackId),
        moved: false,
      };
      this.active = drag;
      const move = (e) => this.move(drag, e);
      const up = () => this.finish(drag, true);
      const cancel = () => this.finish(drag, false);
      drag.detach = () => {
        list.removeEventListener('pointermove', move);
        list.removeEventListener('pointerup', up);
        list.removeEventListener('pointercancel', cancel);
        list.removeEventListener('lostpointercapture', up);
      };
      list.addEventListener('pointermove', move);
      list.addEventListener('pointerup', up);
      list.addEventListener('pointercancel', cancel);
      list.addEventListener('lostpointercapture', up);
      list.setPointerCapture(event.pointerId);
      row.classList.add('dragging');
      list.classList.add('reordering');
    });
  }

  move(drag, event) {
    if (event.pointerId !== drag.pointerId) return;
    if (!drag.moved && Math.abs(event.clientY - drag.startY) < 4) return;
    drag.moved = true;
    const { row, list } = drag;
    for (const sibling of [...list.children]) {
      if (sibling === row) continue;
      const rect = sibling.getBoundingClientRect();
      if (event.clientY < rect.top + rect.height / 2) {
        if (row.nextElementSibling !== sibling) list.insertBefore(row, sibling);
        return;
      }
    }
    if (list.lastElementChild !== row) list.append(row);
  }

  finish(drag, commit) {
    if (this.active !== drag) return;
    this.active = null;
    drag.detach();
    if (drag.list.hasPointerCapture?.(drag.pointerId)) drag.list.releasePointerCapture(drag.pointerId);
    drag.row.classList.remove('dragging');
    drag.list.classList.remove('reordering');
    const after = [...drag.list.children].map((el) => el.dataset.trackId);
    if (commit && after.join() !== drag.before.join()) {
      this.onCommit(drag.playlistId, after, drag.row.dataset.trackId);
      return;
    }
    const byId = new Map([...drag.list.children].map((el) => [el.dataset.trackId, el]));
    for (const id of drag.before) drag.list.append(byId.get(id));
    this.onEnd();
  }
}
