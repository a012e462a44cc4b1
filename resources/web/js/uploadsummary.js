// SPDX-License-Identifier: GPL-3.0-or-later
// One line for a batch of uploads ("7 of 40, 120 MB of 380 MB, 2 failed"): what counts as finished, and how
// many bytes are on the box. Pure, so node tests it without a browser.

const FINISHED = new Set(['done', 'error']);

export function summarize(items) {
  const summary = { count: 0, finished: 0, done: 0, failed: 0, bytesSent: 0, bytesTotal: 0 };
  for (const item of items) {
    summary.count++;
    if (FINISHED.has(item.status)) summary.finished++;
    if (item.status === 'done') summary.done++;
    if (item.status === 'error') summary.failed++;
    // A failed file's bytes leave the total: the bar measures what is still meant to arrive.
    if (item.status === 'error') continue;
    summary.bytesTotal += item.size;
    summary.bytesSent += item.status === 'done' || item.status === 'finalizing' ? item.size : item.sent;
  }
  return summary;
}
