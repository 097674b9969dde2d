/**
 * @module
 * Progress through the workshop: the current step, which of its commands the learner has run,
 * whether the world shows it done, and the command to suggest next. Fed with scene updates and
 * the lines the terminal runs; pure, so the terminal and the panel only read it.
 */
import type { HostEvent, Scene } from 'dockersim';
import { fillCommand, WORKSHOP, type WorkshopStep } from './steps.js';

/** Where the learner is. */
export class Workshop {
  readonly steps: readonly WorkshopStep[];
  #index = 0;
  #ran = new Set<number>();
  #events: HostEvent[] = [];
  #done = false;
  #scene: Scene;

  constructor(scene: Scene, steps: readonly WorkshopStep[] = WORKSHOP) {
    this.steps = steps;
    this.#scene = scene;
  }

  /** Index of the current step. */
  get index(): number {
    return this.#index;
  }

  /** The current step. */
  get step(): WorkshopStep {
    return this.steps[this.#index]!;
  }

  /** True once the world shows the current step done. */
  get done(): boolean {
    return this.#done;
  }

  /** The current step's commands, placeholders filled from the latest scene, with whether each was run. */
  commands(): { readonly command: string; readonly ran: boolean }[] {
    return this.step.commands.map((c, i) => ({ command: fillCommand(c, this.#scene), ran: this.#ran.has(i) }));
  }

  /** The command to type next: the first not yet run, or undefined when the step is done or all were run. */
  suggestion(): string | undefined {
    if (this.#done) return undefined;
    return this.commands().find((c) => !c.ran)?.command;
  }

  /** A new scene and the events that led to it. */
  observe(scene: Scene, events: readonly HostEvent[]): void {
    this.#scene = scene;
    this.#events.push(...events);
    if (!this.#done && this.step.done?.({ scene, events: this.#events })) this.#done = true;
  }

  /** The terminal ran `line`: the first matching command not yet run counts as run (a placeholder matches any word). */
  ran(line: string): void {
    const typed = normalize(line);
    const patterns = this.step.commands.map(pattern);
    const i = patterns.findIndex((p, k) => !this.#ran.has(k) && p.test(typed));
    const j = i >= 0 ? i : patterns.findIndex((p) => p.test(typed));
    if (j >= 0) this.#ran.add(j);
  }

  /** Moves to step `index` (clamped), starting it afresh. */
  goTo(index: number): void {
    this.#index = Math.max(0, Math.min(this.steps.length - 1, index));
    this.#ran = new Set();
    this.#events = [];
    this.#done = false;
    this.observe(this.#scene, []);
  }

  /** The next step (stays on the last). */
  next(): void {
    this.goTo(this.#index + 1);
  }

  /** The previous step. */
  back(): void {
    this.goTo(this.#index - 1);
  }
}

function normalize(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/** A step command as a pattern of typed lines: `<placeholder>` stands for any word. */
function pattern(command: string): RegExp {
  const parts = normalize(command).split(/(<[a-z-]+>)/);
  return new RegExp(`^${parts.map((p) => (/^<[a-z-]+>$/.test(p) ? '\\S+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
}
