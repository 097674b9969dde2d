/**
 * @module
 * The clock control: the world's virtual time, pause (time stands still), play (real time × a
 * speed), instant (`auto`: time jumps to the next timer whenever a command waits), and
 * "+10 s", which moves virtual time on by ten seconds, firing every timer due on the way.
 */
import type { World } from 'dockersim';
import { h } from '../dom.js';

const SPEEDS = [0.5, 1, 2, 5, 10, 60];

/** The clock bar. */
export class ClockControls {
  readonly element: HTMLElement;
  readonly #time = h('output', { class: 'time', 'aria-label': 'virtual time' });
  readonly #mode = h('span', { class: 'mode' });
  readonly #speed = h('select', { 'aria-label': 'speed', title: 'virtual seconds per real second' }, ...SPEEDS.map((s) => h('option', { value: s, selected: s === 1 }, `${s}×`)));
  #world: () => World;
  #ticking = 0;

  constructor(world: () => World) {
    this.#world = world;
    const button = (label: string, title: string, action: () => void | Promise<void>) => h('button', { type: 'button', title, 'data-action': title, onclick: () => void action() }, label);
    this.element = h(
      'div',
      { class: 'clock' },
      this.#time,
      this.#mode,
      button('Pause', 'pause', () => this.#set('manual')),
      button('Play', 'play', () => this.#set('realtime')),
      button('Instant', 'instant', () => this.#set('auto')),
      this.#speed,
      button('+10 s', 'advance 10 s', () => this.advance(10_000)),
    );
    this.#speed.addEventListener('change', () => this.#world().clock.mode === 'realtime' && this.#set('realtime'));
    this.refresh();
  }

  /** Moves virtual time on by `ms`, whatever the mode, then goes back to it. */
  async advance(ms: number): Promise<void> {
    const clock = this.#world().clock;
    const mode = clock.mode;
    if (mode !== 'manual') clock.setMode('manual');
    await clock.advance(ms);
    if (mode !== 'manual') clock.setMode(mode, clock.speed);
    this.refresh();
  }

  /** Shows the current world's clock (after a world change too). */
  refresh(): void {
    const clock = this.#world().clock;
    this.#time.textContent = new Date(clock.now()).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
    this.#mode.textContent = { manual: 'paused', realtime: `playing ${clock.speed}×`, auto: 'instant' }[clock.mode];
    this.element.dataset['mode'] = clock.mode;
    // The display follows wall time only while virtual time does.
    if (clock.mode === 'realtime' && this.#ticking === 0) this.#ticking = window.setInterval(() => this.refresh(), 250);
    if (clock.mode !== 'realtime' && this.#ticking !== 0) {
      window.clearInterval(this.#ticking);
      this.#ticking = 0;
    }
  }

  #set(mode: 'manual' | 'realtime' | 'auto'): void {
    this.#world().clock.setMode(mode, Number(this.#speed.value));
    this.refresh();
  }
}
