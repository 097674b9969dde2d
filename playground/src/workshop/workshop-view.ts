/**
 * @module
 * The workshop panel: the current step's explanation, its commands (ticked once run, the next
 * one highlighted with a button that types it into the terminal), a "done" mark when the world
 * shows the step complete, and Back / Next.
 */
import { h } from '../dom.js';
import type { Workshop } from './workshop.js';

/** The workshop panel. */
export class WorkshopView {
  readonly element = h('aside', { class: 'workshop', 'aria-label': 'getting-started workshop' });
  readonly #workshop: () => Workshop;
  readonly #type: (command: string) => void;

  constructor(workshop: () => Workshop, type: (command: string) => void) {
    this.#workshop = workshop;
    this.#type = type;
    this.render();
  }

  /** Redraws the panel from the workshop's progress. */
  render(): void {
    const w = this.#workshop();
    const step = w.step;
    const next = w.suggestion();
    const commands = w.commands().map(({ command, ran }) =>
      h(
        'li',
        { class: ran ? 'ran' : command === next ? 'next' : '' },
        h('code', {}, command),
        command === next ? h('button', { type: 'button', class: 'type-it', title: 'type it into the terminal', onclick: () => this.#type(command) }, 'type it') : '',
      ),
    );
    this.element.replaceChildren(
      h('header', {}, h('span', { class: 'count' }, `Workshop ${w.index + 1}/${w.steps.length}`), h('h2', {}, step.title), w.done ? h('span', { class: 'done' }, '✓ done') : ''),
      ...step.text.split('\n\n').map((p) => (p.includes('\n') ? h('pre', {}, p) : h('p', {}, p))),
      h('ol', { class: 'commands' }, ...commands),
      h(
        'nav',
        {},
        h('button', { type: 'button', disabled: w.index === 0, onclick: () => (w.back(), this.render()) }, '← Back'),
        h('button', { type: 'button', class: w.done ? 'primary' : '', disabled: w.index === w.steps.length - 1, onclick: () => (w.next(), this.render()) }, 'Next →'),
      ),
    );
  }
}
