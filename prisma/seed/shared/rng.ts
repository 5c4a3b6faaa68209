/**
 * Deterministic randomness for the synthetic demo data: every run and every machine builds the same
 * people, because nothing here calls Math.random.
 */
import { DAY_MS } from "./dates";

/** mulberry32: a tiny seeded PRNG; enough for demo data and identical on every platform. */
function createMulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so each part of the seed has its own stream: changing one part does not reshuffle the others. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = {
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], count: number): T[];
  dateBetween(from: Date, to: Date): Date;
};

export function createRng(label: string): Rng {
  const next = createMulberry32(hashLabel(label));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error(`pick from an empty list (${label})`);
      return items[int(0, items.length - 1)] as T;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
      }
      return pool.slice(0, Math.min(count, pool.length));
    },
    dateBetween(from, to) {
      const days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
      return new Date(from.getTime() + int(0, Math.max(0, days)) * DAY_MS);
    },
  };
}
