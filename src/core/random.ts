/**
 * @module
 * The world's seeded random source (sfc32, seeded through splitmix32). Everything random in the
 * simulation — ids, names, ephemeral ports, simulated CPU figures — draws from it, so a seed
 * reproduces a world exactly. Its state is four numbers and is saved with the world.
 */

/** The serializable state of a {@link Random}. */
export type RandomState = readonly [number, number, number, number];

/** Accepted seeds: any integer or string. */
export type Seed = number | string;

function splitmix32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return t >>> 0;
  };
}

/** 32-bit FNV-1a of a string (also the table's key hash). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Turns a seed into the initial generator state. */
export function seedState(seed: Seed): RandomState {
  const base = typeof seed === 'number' ? (Number.isInteger(seed) ? seed ^ Math.floor(seed / 2 ** 32) : fnv1a(String(seed))) : fnv1a(seed);
  const next = splitmix32(base);
  return [next(), next(), next(), next()];
}

/** A deterministic pseudo-random generator. */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seedOrState: Seed | RandomState = 0) {
    const s = typeof seedOrState === 'object' ? seedOrState : seedState(seedOrState);
    [this.#a, this.#b, this.#c, this.#d] = s;
    if ((this.#a | this.#b | this.#c | this.#d) === 0) this.#d = 1;
  }

  /** The generator state, for save/load. */
  get state(): RandomState {
    return [this.#a, this.#b, this.#c, this.#d];
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    let a = this.#a;
    let b = this.#b;
    let c = this.#c;
    let d = this.#d;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.#a = a >>> 0;
    this.#b = b >>> 0;
    this.#c = c >>> 0;
    this.#d = d >>> 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.uint32() / 2 ** 32;
  }

  /** An integer in [0, n) (unbiased), like Go's `rand.Intn`. */
  int(n: number): number {
    if (!(n > 0) || !Number.isInteger(n) || n > 2 ** 32) throw new RangeError(`invalid bound ${n}`);
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const x = this.uint32();
      if (x < limit) return x % n;
    }
  }

  /** `n` random bytes. */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      let x = this.uint32();
      for (let j = i; j < Math.min(n, i + 4); j++) {
        out[j] = x & 0xff;
        x >>>= 8;
      }
    }
    return out;
  }

  /** A random element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(items.length)]!;
  }
}
