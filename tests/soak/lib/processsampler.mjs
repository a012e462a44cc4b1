// SPDX-License-Identifier: GPL-3.0-or-later
// What a process holds, read from /proc: resident memory, open descriptors, threads.
import { readFileSync, readdirSync } from 'node:fs';

export function sampleProcess(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
  return {
    rssKiB: field('VmRSS'),
    threads: field('Threads'),
    fds: readdirSync(`/proc/${pid}/fd`).length,
  };
}
