/**
 * A small seeded pseudo-random generator for demo data: the same seed gives the same sequence on
 * every machine, so every demo load tells the same story. Not for anything secret (use
 * node:crypto for passwords and tokens).
 */

/** The draws a demo generator needs. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** True with the given probability (0–1). */
  chance(probability: number): boolean;
  /** One item, each equally likely. The list must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** One key, each as likely as its weight. */
  weighted<T extends string>(weights: Partial<Record<T, number>>): T;
  /** One value of `[value, weight]` pairs, each as likely as its weight (values of any type). */
  choose<T>(options: readonly (readonly [T, number])[]): T;
  /** The items in a random order (a new array; the input is left as it is). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * mulberry32 (the algorithm the meetings demo uses): small, fast, and a full period of 2^32.
 *
 * @example seededRandom(20).int(1, 6) // the same die roll on every run
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  function choose<T>(options: readonly (readonly [T, number])[]): T {
    if (options.length === 0) throw new Error('choose() needs at least one option');
    let roll = next() * options.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return options[options.length - 1]![0];
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() needs at least one item');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: <T extends string>(weights: Partial<Record<T, number>>) => choose(Object.entries(weights) as [T, number][]),
    choose,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

/**
 * A seed for one part of a generation, derived from the run's seed and a label (FNV-1a over the
 * label, mixed with the seed): each neighbourhood gets its own stream, so adding one neighbourhood
 * does not change the people generated for the others.
 *
 * @example seededRandom(deriveSeed(20, '20-004'))
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // A final avalanche so that labels differing in one character give unrelated seeds.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}
