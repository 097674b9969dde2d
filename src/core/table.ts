/**
 * @module
 * `Table`: the keyed collection of the state — a persistent hash trie (32-way, path copying).
 *
 * Why not a plain object or array in the immer tree: immer copies whatever it writes into, so a
 * flat map of N records costs O(N) per write (DESIGN.md decision 3), and even a trie of plain
 * nodes pays immer's proxy, copy and freeze costs at every level. A `Table` is one immutable value
 * to immer (not drafted, not walked): a write replaces it with a new `Table` that shares all but
 * one path of small arrays with the old one, so a write at 100k records costs about what it costs
 * at 100 (see bench/store.bench.ts). Old tables stay valid: snapshots share structure.
 *
 * The records inside are frozen plain data. Immer patches stop at a table (one `replace` of the
 * whole table); {@link Table.diff} lists the keys that changed between two versions, skipping
 * shared subtrees, for visual diffs.
 */
import { Immer, freeze, type Draft } from 'immer';
import { fnv1a } from './random.js';

const BITS = 5;
const FANOUT = 1 << BITS;
const MASK = FANOUT - 1;
const LEAF_CAPACITY = 16;
const MAX_DEPTH = 6; // 30 of the hash's 32 bits; deeper collisions stay in one leaf

// Hashes sit beside keys so a lookup compares numbers in one array and dereferences only the
// matching key string (each key is a separate heap object: a cache miss per comparison).
interface Leaf<T> {
  readonly h: readonly number[];
  readonly k: readonly string[];
  readonly v: readonly T[];
}
// A branch is its array of children itself: one allocation per level on every write.
type Branch<T> = readonly (Node<T> | null)[];
type Node<T> = Leaf<T> | Branch<T>;

const EMPTY_LEAF: Leaf<never> = { h: [], k: [], v: [] };
const immer = new Immer({ autoFreeze: true });

function isBranch<T>(node: Node<T>): node is Branch<T> {
  return Array.isArray(node);
}

function slot(hash: number, depth: number): number {
  return (hash >>> (depth * BITS)) & MASK;
}

// 30 bits: small integers (V8 Smis) pack into a flat array, and 6 levels of 5 bits use them all.
function hashOf(key: string): number {
  return fnv1a(key) & 0x3fffffff;
}

function indexIn<T>(leaf: Leaf<T>, hash: number, key: string): number {
  const { h, k } = leaf;
  for (let i = 0; i < h.length; i++) if (h[i] === hash && k[i] === key) return i;
  return -1;
}

/** One changed key between two versions of a table. */
export interface TableChange<T> {
  readonly key: string;
  /** The entry before (absent when added). */
  readonly before: T | undefined;
  /** The entry after (absent when removed). */
  readonly after: T | undefined;
}

/** An immutable keyed collection of frozen records (see the module comment). */
export class Table<T> {
  readonly #root: Node<T>;
  /** Number of entries. */
  readonly size: number;

  private constructor(root: Node<T>, size: number) {
    this.#root = root;
    this.size = size;
    Object.freeze(this);
  }

  /** An empty table. */
  static empty<T>(): Table<T> {
    return new Table<T>(EMPTY_LEAF, 0);
  }

  /** A table holding `entries` (later duplicates win). */
  static from<T>(entries: Iterable<readonly [string, T]>): Table<T> {
    let table = Table.empty<T>();
    for (const [key, value] of entries) table = table.set(key, value);
    return table;
  }

  /** The entry under `key`, if any. */
  get(key: string): T | undefined {
    const hash = hashOf(key);
    let node = this.#root;
    for (let depth = 0; isBranch(node); depth++) {
      const child = node[slot(hash, depth)];
      if (!child) return undefined;
      node = child;
    }
    const i = indexIn(node, hash, key);
    return i < 0 ? undefined : node.v[i];
  }

  /** True when `key` has an entry. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A table with `key` set to `value` (deep-frozen). */
  set(key: string, value: T): Table<T> {
    if (value === undefined) throw new TypeError('a table entry cannot be undefined');
    return this.#put(key, () => freeze(value, true) as T, true);
  }

  /** A table where the entry under `key` is changed by an immer recipe; throws if absent. */
  update(key: string, recipe: (draft: Draft<T>) => void): Table<T> {
    return this.#put(key, (current) => {
      if (current === undefined) throw new RangeError(`no entry ${key}`);
      return immer.produce(current, recipe) as T;
    }, false);
  }

  /** One descent: `make` gets the current entry and returns the new one. */
  #put(key: string, make: (current: T | undefined) => T, mayAdd: boolean): Table<T> {
    const hash = hashOf(key);
    const path: Branch<T>[] = [];
    let node = this.#root;
    while (isBranch(node)) {
      path.push(node);
      node = node[slot(hash, path.length - 1)] ?? EMPTY_LEAF;
    }
    const i = indexIn(node, hash, key);
    const current = i < 0 ? undefined : node.v[i];
    const value = make(current);
    if (value === current) return this;
    let leaf: Node<T>;
    if (i >= 0) {
      const v = node.v.slice();
      v[i] = value;
      leaf = { h: node.h, k: node.k, v };
    } else {
      if (!mayAdd) throw new RangeError(`no entry ${key}`);
      const h = [...node.h, hash];
      const k = [...node.k, key];
      const v = [...node.v, value];
      leaf = k.length > LEAF_CAPACITY && path.length < MAX_DEPTH ? split(h, k, v, path.length) : { h, k, v };
    }
    let child = leaf;
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const c = path[depth]!.slice();
      c[slot(hash, depth)] = child;
      child = c;
    }
    return new Table(child, this.size + (i < 0 ? 1 : 0));
  }

  /** A table without `key` (the same table when absent). */
  delete(key: string): Table<T> {
    const hash = hashOf(key);
    let removed = false;
    const drop = (node: Node<T>, depth: number): Node<T> | null => {
      if (isBranch(node)) {
        const i = slot(hash, depth);
        const child = node[i];
        if (!child) return node;
        const next = drop(child, depth + 1);
        if (next === child) return node;
        const c = node.slice();
        c[i] = next;
        return c.some((x) => x !== null) ? c : null;
      }
      const i = indexIn(node, hash, key);
      if (i < 0) return node;
      removed = true;
      if (node.k.length === 1) return null;
      const keep = (_: unknown, j: number) => j !== i;
      return { h: node.h.filter(keep), k: node.k.filter(keep), v: node.v.filter(keep) };
    };
    const root = drop(this.#root, 0);
    return removed ? new Table(root ?? EMPTY_LEAF, this.size - 1) : this;
  }

  /** Every entry as `[key, value]`, in a deterministic order (by hash, then key). */
  *entries(): Generator<[string, T]> {
    const stack: Node<T>[] = [this.#root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isBranch(node)) {
        for (let i = FANOUT - 1; i >= 0; i--) {
          const child = node[i];
          if (child) stack.push(child);
        }
      } else {
        const order = node.k.map((_, i) => i).sort((a, b) => (node.k[a]! < node.k[b]! ? -1 : 1));
        for (const i of order) yield [node.k[i]!, node.v[i]!];
      }
    }
  }

  /** Every key, in the order of {@link Table.entries}. */
  *keys(): Generator<string> {
    for (const [key] of this.entries()) yield key;
  }

  /** Every value, in the order of {@link Table.entries}. */
  *values(): Generator<T> {
    for (const [, value] of this.entries()) yield value;
  }

  /** Iterates entries. */
  [Symbol.iterator](): Generator<[string, T]> {
    return this.entries();
  }

  /** The values that satisfy `predicate`. */
  filter(predicate: (value: T, key: string) => boolean): T[] {
    const out: T[] = [];
    for (const [key, value] of this.entries()) if (predicate(value, key)) out.push(value);
    return out;
  }

  /** The first value that satisfies `predicate`. */
  find(predicate: (value: T, key: string) => boolean): T | undefined {
    for (const [key, value] of this.entries()) if (predicate(value, key)) return value;
    return undefined;
  }

  /** Plain `[key, value]` pairs, for JSON. */
  toJSON(): [string, T][] {
    return [...this.entries()];
  }

  /**
   * The keys whose entries differ between two versions of a table. Subtrees the versions share
   * are skipped, so the cost follows the number of changes, not the size of the table.
   */
  static diff<T>(before: Table<T>, after: Table<T>): TableChange<T>[] {
    const changes: TableChange<T>[] = [];
    const collect = (node: Node<T> | null, into: Map<string, T>) => {
      if (!node) return;
      if (isBranch(node)) node.forEach((child) => collect(child, into));
      else node.k.forEach((key, i) => into.set(key, node.v[i]!));
    };
    const walk = (a: Node<T> | null, b: Node<T> | null) => {
      if (a === b) return;
      if (a && b && isBranch(a) && isBranch(b)) {
        for (let i = 0; i < FANOUT; i++) walk(a[i] ?? null, b[i] ?? null);
        return;
      }
      const left = new Map<string, T>();
      const right = new Map<string, T>();
      collect(a, left);
      collect(b, right);
      for (const [key, value] of left) {
        const other = right.get(key);
        if (other !== value) changes.push({ key, before: value, after: other });
      }
      for (const [key, value] of right) if (!left.has(key)) changes.push({ key, before: undefined, after: value });
    };
    walk(before.#root, after.#root);
    return changes.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  }
}

function split<T>(hashes: readonly number[], keys: readonly string[], values: readonly T[], depth: number): Branch<T> {
  const buckets: { h: number[]; k: string[]; v: T[] }[] = [];
  keys.forEach((key, i) => {
    const s = slot(hashes[i]!, depth);
    const bucket = (buckets[s] ??= { h: [], k: [], v: [] });
    bucket.h.push(hashes[i]!);
    bucket.k.push(key);
    bucket.v.push(values[i]!);
  });
  const c: (Node<T> | null)[] = new Array<Node<T> | null>(FANOUT).fill(null);
  buckets.forEach((bucket, s) => {
    c[s] = bucket.k.length > LEAF_CAPACITY && depth + 1 < MAX_DEPTH ? split(bucket.h, bucket.k, bucket.v, depth + 1) : bucket;
  });
  return c;
}
