/**
 * @module
 * The terminal pane: the screen (redrawn from the first changed line) with an input field where
 * the cursor is. The simulated terminal does not echo, so the pane echoes what is typed, as a
 * terminal in cooked mode would. At the shell's prompt Up/Down walk the history and Tab
 * completes; while a program reads (`cat`, `docker run -it … sh`, a password) Enter sends it the
 * line. Ctrl-C interrupts, Ctrl-D ends input, Ctrl-P Ctrl-Q detach, Ctrl-L clears.
 */
import type { Completion } from 'dockersim/cli';
import { h } from '../dom.js';
import type { History } from '../shell/history.js';
import { Screen, type Style } from './screen.js';

/** What the terminal needs from the shell behind it. */
export interface TerminalHost {
  readonly history: History;
  /** True while a program waits for a line. */
  readonly waiting: boolean;
  /** True while the shell itself waits at its prompt (history and completion apply). */
  readonly atPrompt: boolean;
  /** Enter: `line` goes to the program reading. */
  enter(line: string): void;
  /** Raw keys (the detach sequence) to the program reading. */
  send(keys: string): void;
  /** Ctrl-C. */
  interrupt(): void;
  /** Ctrl-D. */
  eof(): void;
  /** Completions of the line's last word. */
  complete(line: string): Promise<Completion>;
}

const PALETTE = ['#1e1e1e', '#e03131', '#2f9e44', '#f08c00', '#1c7ed6', '#ae3ec9', '#0c8599', '#ced4da', '#868e96', '#ff6b6b', '#51cf66', '#fcc419', '#4dabf7', '#da77f2', '#3bc9db', '#ffffff'];

/** The terminal pane. */
export class TerminalView {
  readonly element: HTMLElement;
  readonly screen = new Screen();
  readonly #lines = h('div', { class: 'lines', role: 'log', 'aria-live': 'polite' });
  readonly #prompt = h('span', { class: 'prompt' });
  readonly #input = h('input', { class: 'input', type: 'text', spellcheck: 'false', autocomplete: 'off', 'aria-label': 'terminal input' });
  #host: TerminalHost | undefined;
  #dropped = 0;

  constructor() {
    this.element = h('section', { class: 'terminal busy', onclick: () => this.focus() }, this.#lines, h('div', { class: 'input-line' }, this.#prompt, this.#input));
    this.#input.addEventListener('keydown', (e) => this.#key(e));
  }

  /** Connects the pane to a shell (a new world brings a new one). */
  connect(host: TerminalHost): void {
    this.#host = host;
    this.#render();
  }

  /** Puts the keyboard focus on the input. */
  focus(): void {
    this.#input.focus();
  }

  /** True unless a program waits for a line. */
  get busy(): boolean {
    return !(this.#host?.waiting ?? false);
  }

  /** Prints what programs wrote (escape sequences included). */
  print(text: string): void {
    this.screen.write(text);
    this.#render();
  }

  /** Prints a note from outside the shell on a line of its own. */
  note(text: string): void {
    this.print(this.screen.cursor.col > 0 ? `\n${text}` : text);
  }

  /** Redraws after the shell's state changed (a program started or stopped reading). */
  refresh(): void {
    this.#render();
  }

  /** Puts `text` in the input line (a suggested command), ready for Enter. */
  suggest(text: string): void {
    this.#input.value = text;
    this.focus();
  }

  #key(e: KeyboardEvent): void {
    const host = this.#host;
    if (!host) return;
    const ctrl = (key: string) => e.ctrlKey && e.key.toLowerCase() === key;
    if (ctrl('c')) {
      e.preventDefault();
      this.print(`${this.#input.value}^C\n`);
      this.#input.value = '';
      host.interrupt();
    } else if (ctrl('d')) {
      e.preventDefault();
      if (this.#input.value === '') host.eof();
    } else if (ctrl('l')) {
      e.preventDefault();
      const row = this.screen.spans(this.screen.cursor.row).map((s) => s.text).join('');
      this.screen.clear();
      this.#lines.replaceChildren();
      this.print(row);
    } else if (ctrl('p') || ctrl('q')) {
      e.preventDefault();
      host.send(e.key.toLowerCase() === 'p' ? '\x10' : '\x11'); // docker's detach keys
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const line = this.#input.value;
      this.#input.value = '';
      if (host.atPrompt) host.history.add(line);
      this.print(`${line}\n`);
      host.enter(line);
      this.#render();
    } else if (host.atPrompt && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const next = e.key === 'ArrowUp' ? host.history.previous(this.#input.value) : host.history.next();
      if (next !== undefined) this.#input.value = next;
    } else if (host.atPrompt && e.key === 'Tab') {
      e.preventDefault();
      void this.#complete(host);
    }
  }

  async #complete(host: TerminalHost): Promise<void> {
    const line = this.#input.value;
    const { word, candidates } = await host.complete(line);
    if (this.#input.value !== line || candidates.length === 0) return;
    const start = line.length - word.length;
    const common = commonPrefix(candidates);
    // A directory completes without the space, so the next Tab goes on inside it.
    if (candidates.length === 1) this.#input.value = `${line.slice(0, start)}${common}${common.endsWith('/') ? '' : ' '}`;
    else if (common.length > word.length) this.#input.value = line.slice(0, start) + common;
    else {
      this.print(`${line}\n${candidates.join('  ')}\n`);
      this.print(this.#prompt.textContent ?? '');
    }
  }

  /** Terminal width in characters, for programs that ask (`COLUMNS`). */
  get columns(): number {
    const width = this.#lines.clientWidth;
    return width > 0 ? Math.max(40, Math.floor(width / 7.8)) : 100;
  }

  /**
   * Redraws the lines that changed since the last render and scrolls to the end. While a program
   * reads, the cursor's line (its prompt) moves into the input line, before the field.
   */
  #render(): void {
    const drop = this.screen.dropped - this.#dropped;
    for (let i = 0; i < drop && this.#lines.firstChild; i++) this.#lines.firstChild.remove();
    this.#dropped = this.screen.dropped;
    const first = this.screen.takeDirty();
    while (this.#lines.children.length > first) this.#lines.lastChild!.remove();
    for (let row = first; row < this.screen.length; row++) this.#lines.append(h('div', { class: 'line' }, ...this.#spans(row)));
    const waiting = this.#host?.waiting ?? false;
    const last = this.#lines.lastElementChild as HTMLElement | null;
    for (const hidden of this.#lines.querySelectorAll('.line.pending')) hidden.classList.remove('pending');
    const { row, col } = this.screen.cursor;
    if (waiting && last && col > 0 && row === this.screen.length - 1) {
      last.classList.add('pending');
      this.#prompt.replaceChildren(...this.#spans(row));
    } else this.#prompt.replaceChildren();
    this.element.classList.toggle('busy', !waiting);
    this.element.scrollTop = this.element.scrollHeight;
  }

  #spans(row: number): HTMLElement[] {
    return this.screen.spans(row).map((span) => h('span', { style: css(span.style) || undefined }, span.text));
  }
}

function commonPrefix(words: readonly string[]): string {
  let common = words[0] ?? '';
  for (const w of words) while (!w.startsWith(common)) common = common.slice(0, -1);
  return common;
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
