// SPDX-License-Identifier: GPL-3.0-or-later
// The total line of a batch upload: finished files (done or failed) of all, bytes on the box of the bytes still
// meant to arrive (a failed file leaves the total), failures counted apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize } from '../../../resources/web/js/uploadsummary.js';

test('an empty batch has nothing to show', () => {
  assert.deepEqual(summarize([]), { count: 0, finished: 0, done: 0, failed: 0, bytesSent: 0, bytesTotal: 0 });
});

test('done, finalizing, uploading, queued and failed files each count as they should', () => {
  const summary = summarize([
    { status: 'done', size: 100, sent: 100 },
    { status: 'finalizing', size: 200, sent: 200 },
    { status: 'uploading', size: 400, sent: 150 },
    { status: 'queued', size: 300, sent: 0 },
    { status: 'error', size: 1000, sent: 500 },
  ]);
  assert.deepEqual(summary, { count: 5, finished: 2, done: 1, failed: 1, bytesSent: 450, bytesTotal: 1000 });
});

test('a batch where every file failed has no bytes left to send', () => {
  const summary = summarize([
    { status: 'error', size: 10, sent: 0 },
    { status: 'error', size: 20, sent: 5 },
  ]);
  assert.equal(summary.finished, 2);
  assert.equal(summary.bytesTotal, 0);
  assert.equal(summary.bytesSent, 0);
});
