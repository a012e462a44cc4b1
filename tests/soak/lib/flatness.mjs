// SPDX-License-Identifier: GPL-3.0-or-later
// Did the box keep growing after its warm-up? Pool threads come and go and descriptors move with the work of the
// moment, so one sample against another would see noise: a leak is growth that stays. Compared: the last three
// samples against the warm-up's (memory: the medians; descriptors and threads: the smallest of the last three
// against the largest of the warm-up).
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function growthAfterWarmUp(samples, warmUpCount) {
  const warm = samples.slice(0, warmUpCount);
  const late = samples.slice(Math.max(warmUpCount, samples.length - 3));
  const pick = (list, key) => list.map((s) => s[key]);
  return {
    rssKiB: median(pick(late, 'rssKiB')) - median(pick(warm.slice(-3), 'rssKiB')),
    fds: Math.min(...pick(late, 'fds')) - Math.max(...pick(warm, 'fds')),
    threads: Math.min(...pick(late, 'threads')) - Math.max(...pick(warm, 'threads')),
    warm: {
      rssKiB: median(pick(warm.slice(-3), 'rssKiB')),
      fds: Math.max(...pick(warm, 'fds')),
      threads: Math.max(...pick(warm, 'threads')),
    },
    late: {
      rssKiB: median(pick(late, 'rssKiB')),
      fds: Math.min(...pick(late, 'fds')),
      threads: Math.min(...pick(late, 'threads')),
    },
  };
}
