// SPDX-License-Identifier: GPL-3.0-or-later
// A small seeded generator (mulberry32): the same seed draws the same operations and kill instants.
export class SeededRandom {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  // A float in [0, 1).
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  // An integer in [min, max].
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability) {
    return this.next() < probability;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  // One key of `weights` ({name: weight}), drawn in proportion to its weight.
  weighted(weights) {
    const entries = Object.entries(weights).filter(([, w]) => w > 0);
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [name, weight] of entries) {
      roll -= weight;
      if (roll < 0) return name;
    }
    return entries[entries.length - 1][0];
  }

  shuffled(items) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

export function freshSeed() {
  return Math.floor(Math.random() * 2 ** 31);
}
