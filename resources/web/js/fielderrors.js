// SPDX-License-Identifier: GPL-3.0-or-later
// A 422 from the box names each bad field (details.errors[].field, e.g. "quiet_hours[1].from"); its message is
// shown next to that field: the element marked data-error-for="<field>", or the nearest enclosing one
// ("quiet_hours[1]", then "quiet_hours"), or the form's own line (data-error-for="").

function slotFor(root, field) {
  for (let name = field; ; name = name.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const slot = root.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
    if (slot) return slot;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(name)) return root.querySelector('[data-error-for=""]');
  }
}

export function clearFieldErrors(root) {
  for (const slot of root.querySelectorAll('[data-error-for]')) slot.textContent = '';
  for (const control of root.querySelectorAll('[aria-invalid="true"]')) {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-errormessage');
  }
}

// Shows every error of `error` (an ApiError); `translate(field, message)` words it for the parent. Returns the
// first control marked invalid (to move the focus there), or null.
export function showFieldErrors(root, error, translate) {
  clearFieldErrors(root);
  const errors = error?.details?.errors ?? [{ field: '', message: error?.message ?? String(error) }];
  let first = null;
  for (const { field = '', message = '' } of errors) {
    const slot = slotFor(root, field);
    if (!slot) continue;
    const text = translate(field, message);
    slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
    const control =
      root.querySelector(`[data-field="${CSS.escape(field)}"]`) ??
      slot.closest('fieldset, .field')?.querySelector('input:not([disabled]), select');
    if (control) {
      if (!slot.id) slot.id = `error-${Math.random().toString(36).slice(2)}`;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-errormessage', slot.id);
      first ??= control;
    }
  }
  return first;
}
