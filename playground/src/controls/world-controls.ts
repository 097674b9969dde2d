/**
 * @module
 * The world bar: the seed (a new world from it), save (the world as a JSON download) and load (a
 * saved world from a file). Same seed and same commands give the same ids and names.
 */
import { h } from '../dom.js';
import type { WorldSession } from '../session.js';

/** The world bar; `onNote` reports what happened (for the terminal). */
export class WorldControls {
  readonly element: HTMLElement;
  readonly #seed = h('input', { type: 'number', value: 42, min: 0, class: 'seed', 'aria-label': 'seed' });
  readonly #file = h('input', { type: 'file', accept: 'application/json,.json', hidden: true });

  constructor(session: WorldSession, seed: number, onNote: (text: string) => void) {
    this.#seed.value = String(seed);
    const button = (label: string, title: string, action: () => void) => h('button', { type: 'button', title, 'data-action': title, onclick: action }, label);
    this.element = h(
      'div',
      { class: 'world' },
      h('label', {}, 'seed ', this.#seed),
      button('New world', 'new world', () => {
        const value = Math.max(0, Math.floor(Number(this.#seed.value) || 0));
        session.reset(value);
        onNote(`A new world from seed ${value}.\n`);
      }),
      button('Save', 'save', () => {
        const blob = new Blob([session.save()], { type: 'application/json' });
        const a = h('a', { href: URL.createObjectURL(blob), download: `dockersim-world-seed${session.world.seed}.json` });
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      }),
      button('Load…', 'load', () => this.#file.click()),
      this.#file,
    );
    this.#file.addEventListener('change', async () => {
      const file = this.#file.files?.[0];
      this.#file.value = '';
      if (!file) return;
      try {
        session.load(await file.text());
        onNote(`Loaded ${file.name}: containers that were running restart as after a daemon restart.\n`);
      } catch (e) {
        onNote(`Could not load ${file.name}: ${(e as Error).message}\n`);
      }
    });
  }
}
