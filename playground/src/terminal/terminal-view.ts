/**
 * @module
 * The terminal pane: the screen (redrawn from the first changed line), a prompt with an input
 * line, history on Up/Down, completion on Tab, Ctrl-C/Ctrl-D/Ctrl-L. While a line runs, what is
 * typed goes to the command's stdin a line at a time, echoed locally (the simulated terminal
 * does not echo, so a `docker run -it … sh` session shows what was typed).
 */
import { programs } from 'dockersim';
import { h } from '../dom.js';
import { complete, type Completion } from '../shell/complete.js';
import type { History } from '../shell/history.js';
import type { TerminalIO } from '../shell/line-runner.js';
import { Screen, type Style } from './screen.js';

/** What the terminal needs from the app. */
export interface TerminalHost {
  readonly history: History;
  /** Runs a line; resolves to its exit status. */
  run(line: string, io: TerminalIO): Promise<number>;
  /** Completions at the end of `line`. */
  complete(line: string): Completion;
  /** The prompt to show. */
  prompt(): string;
}

const PALETTE = ['#1e1e1e', '#e03131', '#2f9e44', '#f08c00', '#1c7ed6', '#ae3ec9', '#0c8599', '#ced4da', '#868e96', '#ff6b6b', '#51cf66', '#fcc419', '#4dabf7', '#da77f2', '#3bc9db', '#ffffff'];

/** The terminal pane. */
export class TerminalView {
  readonly element: HTMLElement;
  readonly screen = new Screen();
  readonly #lines = h('div', { class: 'lines', role: 'log', 'aria-live': 'polite' });
  readonly #prompt = h('span', { class: 'prompt' });
  readonly #input = h('input', { class: 'input', type: 'text', spellcheck: 'false', autocomplete: 'off', 'aria-label': 'terminal input' });
  readonly #host: TerminalHost;
  #dropped = 0;
  #running: { stdin: programs.InputBuffer; abort: AbortController } | undefined;

  constructor(host: TerminalHost) {
    this.#host = host;
    this.element = h('section', { class: 'terminal', onclick: () => this.focus() }, this.#lines, h('div', { class: 'input-line' }, this.#prompt, this.#input));
    this.#input.addEventListener('keydown', (e) => this.#key(e));
    this.#showPrompt();
  }

  /** Puts the keyboard focus on the input. */
  focus(): void {
    this.#input.focus();
  }

  /** True while a line runs. */
  get busy(): boolean {
    return this.#running !== undefined;
  }

  /** Prints text (from outside: notes about the world). */
  print(text: string): void {
    this.screen.write(text);
    this.#render();
  }

  /** Puts `text` in the input line (a suggested command), ready for Enter. */
  suggest(text: string): void {
    this.#input.value = text;
    this.focus();
  }

  /** Runs `line` as if typed and entered; resolves when it finished. */
  async enter(line: string): Promise<number> {
    this.screen.write(`${this.#host.prompt()}${line}\n`);
    const stdin = new programs.InputBuffer({ isTTY: true });
    const abort = new AbortController();
    this.#running = { stdin, abort };
    this.#showPrompt();
    const io: TerminalIO = {
      write: (text) => this.print(text),
      clear: () => {
        this.screen.clear();
        this.#lines.replaceChildren();
      },
      stdin,
      signal: abort.signal,
      columns: this.#columns(),
    };
    let code: number;
    try {
      code = await this.#host.run(line, io);
    } catch (e) {
      this.print(`dockersim: ${(e as Error).message}\n`);
      code = 1;
    }
    this.#running = undefined;
    if (this.screen.cursor.col !== 0) this.print('\n');
    this.#showPrompt();
    return code;
  }

  #key(e: KeyboardEvent): void {
    const running = this.#running;
    if (e.ctrlKey && (e.key === 'c' || e.key === 'C')) {
      e.preventDefault();
      this.print(`${this.#input.value}^C\n`);
      this.#input.value = '';
      if (running) running.abort.abort();
      else this.#showPrompt();
      return;
    }
    if (e.ctrlKey && e.key === 'd') {
      e.preventDefault();
      if (running && this.#input.value === '') running.stdin.end();
      return;
    }
    if (e.ctrlKey && e.key === 'l') {
      e.preventDefault();
      this.screen.clear();
      this.#lines.replaceChildren();
      return;
    }
    if (running && e.ctrlKey && (e.key === 'p' || e.key === 'q')) {
      e.preventDefault();
      running.stdin.push(e.key === 'p' ? '\x10' : '\x11'); // the detach keys reach the CLI
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      const line = this.#input.value;
      this.#input.value = '';
      if (running) {
        this.print(`${line}\n`);
        running.stdin.push(`${line}\n`);
      } else void this.enter(line);
      return;
    }
    if (running) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const next = e.key === 'ArrowUp' ? this.#host.history.previous(this.#input.value) : this.#host.history.next();
      if (next !== undefined) this.#input.value = next;
    } else if (e.key === 'Tab') {
      e.preventDefault();
      this.#complete();
    }
  }

  #complete(): void {
    const line = this.#input.value;
    const { start, candidates, common } = this.#host.complete(line);
    if (candidates.length === 1) this.#input.value = `${line.slice(0, start)}${common} `;
    else if (candidates.length > 1) {
      if (common.length > line.length - start) this.#input.value = line.slice(0, start) + common;
      else this.print(`${this.#host.prompt()}${line}\n${candidates.join('  ')}\n`);
    }
  }

  #showPrompt(): void {
    this.#prompt.textContent = this.#running ? '' : this.#host.prompt();
    this.element.classList.toggle('busy', this.#running !== undefined);
  }

  #columns(): number {
    const width = this.#lines.clientWidth;
    return width > 0 ? Math.max(40, Math.floor(width / 7.8)) : 100;
  }

  /** Redraws the lines that changed since the last render, and scrolls to the end. */
  #render(): void {
    const drop = this.screen.dropped - this.#dropped;
    for (let i = 0; i < drop && this.#lines.firstChild; i++) this.#lines.firstChild.remove();
    this.#dropped = this.screen.dropped;
    const first = this.screen.takeDirty();
    while (this.#lines.children.length > first) this.#lines.lastChild!.remove();
    for (let row = first; row < this.screen.length; row++) {
      const spans = this.screen.spans(row).map((span) => h('span', { style: css(span.style) || undefined }, span.text));
      this.#lines.append(h('div', { class: 'line' }, ...spans));
    }
    this.element.scrollTop = this.element.scrollHeight;
  }
}

function colour(c: number | string | undefined): string | undefined {
  if (c === undefined || typeof c === 'string') return c;
  if (c < 16) return PALETTE[c];
  if (c >= 232) return `rgb(${8 + (c - 232) * 10}, ${8 + (c - 232) * 10}, ${8 + (c - 232) * 10})`;
  const n = c - 16;
  const v = (k: number) => (k === 0 ? 0 : 55 + k * 40);
  return `rgb(${v(Math.floor(n / 36))}, ${v(Math.floor(n / 6) % 6)}, ${v(n % 6)})`;
}

function css(style: Style): string {
  let fg = colour(style.fg);
  let bg = colour(style.bg);
  if (style.inverse) [fg, bg] = [bg ?? '#1e1e1e', fg ?? '#e9ecef'];
  return [fg && `color:${fg}`, bg && `background:${bg}`, style.bold && 'font-weight:bold', style.dim && 'opacity:.7', style.underline && 'text-decoration:underline'].filter(Boolean).join(';');
}
