import { describe, expect, it } from 'vitest';
import { Store } from './store.js';
import { Table } from './table.js';

interface S {
  readonly count: number;
  readonly items: Table<{ readonly name: string }>;
}

const initial = (): S => ({ count: 0, items: Table.empty() });

describe('Store', () => {
  it('commits produce the next state, patches and events; old states stay valid', () => {
    const store = new Store<S, string>(initial());
    const seen: string[] = [];
    store.subscribe((c) => seen.push(`${c.events.join(',')}:${c.patches.length}`));
    const before = store.state;
    const c = store.commit((d) => {
      d.count++;
      d.items = d.items.set('a', { name: 'alpha' });
    }, ['created']);
    expect(store.state.count).toBe(1);
    expect(before.count).toBe(0);
    expect(c.previous).toBe(before);
    expect(c.patches.map((p) => p.path.join('/'))).toEqual(['count', 'items']);
    expect(seen).toEqual(['created:2']);
    expect(Object.isFrozen(store.state)).toBe(true);
  });

  it('a recipe that throws changes nothing and notifies nobody', () => {
    const store = new Store<S, string>(initial());
    let notified = 0;
    store.subscribe(() => notified++);
    const before = store.state;
    expect(() =>
      store.commit((d) => {
        d.count = 99;
        throw new Error('half-done');
      }),
    ).toThrow('half-done');
    expect(store.state).toBe(before);
    expect(notified).toBe(0);
  });

  it('refuses nested commits (an operation is one commit)', () => {
    const store = new Store<S>(initial());
    expect(() => store.commit(() => store.commit(() => {}))).toThrow('nested commit');
    store.commit((d) => void d.count++);
    expect(store.state.count).toBe(1);
  });

  it('replace swaps the whole state and inverse patches undo a commit', () => {
    const store = new Store<S>(initial());
    const c = store.commit((d) => {
      d.count = 5;
    });
    store.replace(c.previous);
    expect(store.state.count).toBe(0);
  });
});
