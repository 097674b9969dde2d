/**
 * @module
 * Compose's progress display (docker/compose `pkg/progress`): one event per resource and step
 * (`Container app-web-1` `Creating` → `Created`). `plain` prints each event as a line
 * (` Container app-web-1  Created`), `tty` redraws a block headed `[+] Running 2/2` with a
 * spinner or `✔` per resource and the time it took, `quiet` prints nothing, `json` one JSON
 * object per event. Compose writes it on stderr.
 */
import type { ProcessOutput } from '../../programs/types.js';

/** The state of one progress event (Compose `EventStatus`). */
export type ProgressStatus = 'working' | 'done' | 'warning' | 'error';

/** One progress event: `id` is `Container app-web-1`, `Network app_default`… */
export interface ProgressEvent {
  readonly id: string;
  readonly status: ProgressStatus;
  /** The step (`Creating`, `Started`, `Skipped: …`). */
  readonly statusText: string;
  /** Extra text after the id (a pull's layer, a warning). */
  readonly text?: string;
  readonly parentId?: string;
}

/** `--progress` values. */
export type ProgressMode = 'auto' | 'tty' | 'plain' | 'quiet' | 'json';

/** Receives a command's progress events. */
export interface ProgressWriter {
  event(e: ProgressEvent): void;
  /** A line printed after the block (Compose `TailMsgf`). */
  tail(message: string): void;
  /** Ends the display (the TTY block is drawn a last time). */
  stop(): void;
}

/** Shorthand for an event. */
export const progressEvent = (id: string, status: ProgressStatus, statusText: string): ProgressEvent => ({ id, status, statusText });

class PlainWriter implements ProgressWriter {
  readonly #out: ProcessOutput;
  constructor(out: ProcessOutput) {
    this.#out = out;
  }
  event(e: ProgressEvent): void {
    // fmt.Fprintln("", ID, Text, StatusText): operands joined by single spaces.
    this.#out.write(` ${e.id} ${e.text ?? ''} ${e.statusText}\n`);
  }
  tail(message: string): void {
    this.#out.write(` ${message}\n`);
  }
  stop(): void {}
}

class QuietWriter implements ProgressWriter {
  event(): void {}
  tail(): void {}
  stop(): void {}
}

class JsonWriter implements ProgressWriter {
  readonly #out: ProcessOutput;
  constructor(out: ProcessOutput) {
    this.#out = out;
  }
  event(e: ProgressEvent): void {
    const o: Record<string, unknown> = { id: e.id };
    if (e.parentId) o['parent_id'] = e.parentId;
    if (e.text) o['text'] = e.text;
    if (e.statusText) o['status'] = e.statusText;
    this.#out.write(`${JSON.stringify(o)}\n`);
  }
  tail(message: string): void {
    this.#out.write(`${JSON.stringify({ tail: true, text: message })}\n`);
  }
  stop(): void {}
}

interface TtyTask {
  event: ProgressEvent;
  start: number;
  end: number | undefined;
}

const ESC = '\x1b[';
const COLOR: Record<ProgressStatus, string> = { working: `${ESC}37m`, done: `${ESC}34m`, warning: `${ESC}33m`, error: `${ESC}31m` };
const RESET = `${ESC}0m`;
const SPINNER = '⠋';
const MARK: Record<ProgressStatus, string> = { working: SPINNER, done: '✔', warning: '!', error: '✘' };

class TtyWriter implements ProgressWriter {
  readonly #out: ProcessOutput;
  readonly #title: string;
  readonly #columns: number;
  readonly #now: () => number;
  readonly #tasks = new Map<string, TtyTask>();
  readonly #tails: string[] = [];
  #lines = 0;

  constructor(out: ProcessOutput, title: string, columns: number, now: () => number) {
    this.#out = out;
    this.#title = title;
    this.#columns = columns;
    this.#now = now;
  }

  event(e: ProgressEvent): void {
    const at = this.#now();
    const last = this.#tasks.get(e.id);
    const finished = e.status === 'done' || e.status === 'error';
    if (last) this.#tasks.set(e.id, { event: e, start: last.start, end: finished ? (last.end ?? at) : undefined });
    else this.#tasks.set(e.id, { event: e, start: at, end: finished ? at : undefined });
    this.#draw();
  }

  tail(message: string): void {
    this.#tails.push(message);
  }

  stop(): void {
    this.#draw();
    for (const t of this.#tails) this.#out.write(`${t}\n`);
  }

  #draw(): void {
    if (this.#tasks.size === 0) return;
    const tasks = [...this.#tasks.values()];
    const done = tasks.filter((t) => t.event.status === 'done').length;
    let frame = this.#lines > 0 ? `${ESC}${this.#lines + 1}A${ESC}0G` : '';
    frame += `${ESC}?25l`;
    const header = `[+] ${this.#title} ${done}/${tasks.length}`;
    frame += `${done === tasks.length ? `${COLOR.done}${header}${RESET}` : header}\n`;
    const width = Math.max(...tasks.map((t) => `${t.event.id} ${t.event.text ?? ''}`.length));
    for (const t of tasks) frame += this.#line(t, width);
    frame += `${ESC}?25h`;
    this.#lines = tasks.length;
    this.#out.write(frame);
  }

  #line(task: TtyTask, width: number): string {
    const e = task.event;
    const idText = `${e.id} ${e.text ?? ''}`;
    const elapsed = ((task.end ?? this.#now()) - task.start) / 1000;
    const text = ` ${MARK[e.status]} ${idText}${' '.repeat(Math.max(0, width - idText.length))} ${e.statusText}`;
    const timer = `${elapsed.toFixed(1)}s`;
    // fmt "%-*s %s": the text padded so the timer ends at the last column.
    const line = `${text.padEnd(this.#columns - timer.length - 1)} ${timer}\n`;
    return `${COLOR[e.status]}${line}${RESET}`;
  }
}

/** The writer for a mode; `auto` is `tty` on a terminal, else `plain`. */
export function createProgress(mode: ProgressMode, out: ProcessOutput, title: string, options: { readonly columns?: number; readonly now?: () => number } = {}): ProgressWriter {
  switch (mode) {
    case 'quiet':
      return new QuietWriter();
    case 'json':
      return new JsonWriter(out);
    case 'plain':
      return new PlainWriter(out);
    case 'tty':
      return new TtyWriter(out, title, options.columns ?? 80, options.now ?? (() => 0));
    case 'auto':
      return out.isTTY ? new TtyWriter(out, title, options.columns ?? 80, options.now ?? (() => 0)) : new PlainWriter(out);
  }
}
