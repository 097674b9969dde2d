/**
 * Store writes at 100, 10k and 100k records (one record updated per commit, through immer and a
 * Table), against a bare mutable Map doing the same update. Issue: a write at 100k must cost no
 * more than 1.5x a write at 100.
 */
import { bench, describe } from 'vitest';
import { Store } from '../src/core/store.js';
import { Table } from '../src/core/table.js';

interface Rec {
  readonly id: string;
  readonly status: string;
  readonly restarts: number;
  readonly labels: { readonly [k: string]: string };
}
interface State {
  readonly hosts: { readonly [name: string]: { readonly containers: Table<Rec> } };
}

const SIZES = [
  [100, '100'],
  [10_000, '10k'],
  [100_000, '100k'],
] as const;

function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}${i.toString(16).padStart(56, '0')}`);
}
const record = (id: string): Rec => ({ id, status: 'running', restarts: 0, labels: { app: 'web' } });

describe('store writes', () => {
  for (const [n, label] of SIZES) {
    const keys = ids(n);
    const store = new Store<State>({ hosts: { default: { containers: Table.from(keys.map((k) => [k, record(k)] as const)) } } });
    let i = 0;
    bench(`store write @${label}`, () => {
      const id = keys[(i++ * 7919) % n]!;
      store.commit((d) => {
        const host = d.hosts['default']!;
        host.containers = host.containers.update(id, (r) => {
          r.restarts++;
        });
      });
    }, { time: 1500, warmupTime: 300 });
  }
  for (const [n, label] of SIZES) {
    const keys = ids(n);
    const map = new Map(keys.map((k) => [k, record(k)]));
    let i = 0;
    bench(`baseline Map write @${label}`, () => {
      const id = keys[(i++ * 7919) % n]!;
      const r = map.get(id)!;
      map.set(id, { ...r, restarts: r.restarts + 1 });
    }, { time: 1500, warmupTime: 300 });
  }
});

// What decision 3 of DESIGN.md avoids: the same records in one flat immer-drafted object.
describe('flat immer map (what we avoid)', () => {
  const keys = ids(10_000);
  const flat: { [id: string]: Rec } = {};
  for (const k of keys) flat[k] = record(k);
  const store = new Store<{ readonly containers: { readonly [id: string]: Rec } }>({ containers: flat });
  let i = 0;
  bench('flat immer write @10k', () => {
    const id = keys[(i++ * 7919) % keys.length]!;
    store.commit((d) => {
      d.containers[id]!.restarts++;
    });
  }, { time: 1500, warmupTime: 300 });
  const table = new Store<State>({ hosts: { default: { containers: Table.from(keys.map((k) => [k, record(k)] as const)) } } });
  bench('store write @10k', () => {
    const id = keys[(i++ * 7919) % keys.length]!;
    table.commit((d) => {
      const host = d.hosts['default']!;
      host.containers = host.containers.update(id, (r) => {
        r.restarts++;
      });
    });
  }, { time: 1500, warmupTime: 300 });
});
