/**
 * @module
 * The terminal's screen as data: lines of styled cells and a cursor, fed with what commands
 * print. It understands what docker's output uses on a terminal — `\r`, cursor up/down
 * (`ESC[nA`), erase line (`ESC[2K`), SGR colours — so a pull's progress bars redraw in place as
 * they do in a real terminal. Pure (no DOM): the view renders the lines it reports as changed.
 */

/** How a run of text looks. */
export interface Style {
  /** Foreground: an ANSI colour index (0–255) or a CSS colour. */
  readonly fg?: number | string;
  readonly bg?: number | string;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly underline?: boolean;
  readonly inverse?: boolean;
}

/** A run of equally styled text. */
export interface Span {
  readonly text: string;
  readonly style: Style;
}

const PLAIN: Style = Object.freeze({});
// CSI sequences, OSC strings (titles) and two-byte escapes; anything else is printed.
const ESCAPE = /^\x1b(?:\[([?0-9;]*)([@-~])|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/;

/** The screen: a scrollback of lines, a cursor, the current style. */
export class Screen {
  readonly #rows: { ch: string; style: Style }[][] = [[]];
  readonly #limit: number;
  #row = 0;
  #col = 0;
  #style: Style = PLAIN;
  #pending = '';
  #dirty = 0;
  #dropped = 0;

  /** `limit` is the number of lines kept (older ones scroll away). */
  constructor(limit = 5000) {
    this.#limit = limit;
  }

  /** Number of lines. */
  get length(): number {
    return this.#rows.length;
  }

  /** Lines dropped from the top since the screen was created (the view drops as many). */
  get dropped(): number {
    return this.#dropped;
  }

  /** Prints `text` (may hold escape sequences, possibly split across writes). */
  write(text: string): void {
    let s = this.#pending + text;
    this.#pending = '';
    while (s.length > 0) {
      const esc = s.indexOf('\x1b');
      const plain = esc < 0 ? s : s.slice(0, esc);
      for (const ch of plain) this.#put(ch);
      if (esc < 0) break;
      s = s.slice(esc);
      const m = ESCAPE.exec(s);
      if (!m) {
        // An incomplete sequence at the end waits for the next write; a bad one is dropped.
        if (s.length < 32 && /^\x1b(\[[?0-9;]*|\][^\x07]*)?$/.test(s)) this.#pending = s;
        else s = s.slice(1);
        if (this.#pending) break;
        continue;
      }
      if (m[2] !== undefined) this.#csi(m[1] ?? '', m[2]);
      s = s.slice(m[0].length);
    }
    this.#trim();
  }

  /** Erases everything (the `clear` command). */
  clear(): void {
    this.#rows.length = 0;
    this.#rows.push([]);
    this.#row = 0;
    this.#col = 0;
    this.#dirty = 0;
  }

  /** The line at `row` as styled runs. */
  spans(row: number): Span[] {
    const out: Span[] = [];
    for (const cell of this.#rows[row] ?? []) {
      const last = out[out.length - 1];
      if (last && last.style === cell.style) out[out.length - 1] = { text: last.text + cell.ch, style: last.style };
      else out.push({ text: cell.ch, style: cell.style });
    }
    return out;
  }

  /** The plain text of the screen. */
  text(): string {
    return this.#rows.map((r) => r.map((c) => c.ch).join('').trimEnd()).join('\n');
  }

  /** The first row changed since the last call (rows from it on must be redrawn); resets it. */
  takeDirty(): number {
    const first = this.#dirty;
    this.#dirty = this.#rows.length;
    return first;
  }

  /** The cursor's position. */
  get cursor(): { readonly row: number; readonly col: number } {
    return { row: this.#row, col: this.#col };
  }

  #touch(row: number): void {
    if (row < this.#dirty) this.#dirty = row;
  }

  #put(ch: string): void {
    switch (ch) {
      case '\n':
        this.#row++;
        this.#col = 0;
        while (this.#rows.length <= this.#row) this.#rows.push([]);
        this.#touch(this.#row);
        return;
      case '\r':
        this.#col = 0;
        return;
      case '\b':
        this.#col = Math.max(0, this.#col - 1);
        return;
      case '\t':
        this.#col = (Math.floor(this.#col / 8) + 1) * 8;
        return;
      case '\x07':
        return;
    }
    const line = this.#rows[this.#row]!;
    while (line.length < this.#col) line.push({ ch: ' ', style: PLAIN });
    line[this.#col] = { ch, style: this.#style };
    this.#col++;
    this.#touch(this.#row);
  }

  #csi(params: string, final: string): void {
    if (params.startsWith('?')) return; // private modes (cursor visibility…)
    const args = params === '' ? [] : params.split(';').map((p) => (p === '' ? 0 : Number(p)));
    const n = Math.max(1, args[0] ?? 1);
    const line = this.#rows[this.#row]!;
    switch (final) {
      case 'A':
        this.#row = Math.max(0, this.#row - n);
        return;
      case 'B':
        // Cursor down stops at the last line, as at the bottom of a terminal (docker's `ESC[0B\n`).
        this.#row = Math.min(this.#row + n, this.#rows.length - 1);
        return;
      case 'C':
        this.#col += n;
        return;
      case 'D':
        this.#col = Math.max(0, this.#col - n);
        return;
      case 'G':
        this.#col = n - 1;
        return;
      case 'K': {
        const mode = args[0] ?? 0;
        if (mode === 0) line.length = Math.min(line.length, this.#col);
        else if (mode === 1) for (let i = 0; i <= this.#col && i < line.length; i++) line[i] = { ch: ' ', style: PLAIN };
        else line.length = 0;
        this.#touch(this.#row);
        return;
      }
      case 'J': {
        const mode = args[0] ?? 0;
        if (mode === 2 || mode === 3) return this.clear();
        line.length = Math.min(line.length, this.#col);
        this.#rows.length = this.#row + 1;
        this.#touch(this.#row);
        return;
      }
      case 'm':
        this.#style = sgr(this.#style, args.length === 0 ? [0] : args);
        return;
    }
  }

  #trim(): void {
    const extra = this.#rows.length - this.#limit;
    if (extra <= 0) return;
    this.#rows.splice(0, extra);
    this.#row = Math.max(0, this.#row - extra);
    this.#dirty = Math.max(0, this.#dirty - extra);
    this.#dropped += extra;
  }
}

/** Applies SGR parameters to a style (a new frozen object, so equal runs can share it). */
export function sgr(style: Style, args: readonly number[]): Style {
  let next: { -readonly [K in keyof Style]: Style[K] } = { ...style };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === 0) next = {};
    else if (a === 1) next.bold = true;
    else if (a === 2) next.dim = true;
    else if (a === 4) next.underline = true;
    else if (a === 7) next.inverse = true;
    else if (a === 22) next.bold = next.dim = false;
    else if (a === 24) next.underline = false;
    else if (a === 27) next.inverse = false;
    else if (a >= 30 && a <= 37) next.fg = a - 30;
    else if (a >= 90 && a <= 97) next.fg = a - 90 + 8;
    else if (a >= 40 && a <= 47) next.bg = a - 40;
    else if (a >= 100 && a <= 107) next.bg = a - 100 + 8;
    else if (a === 39) delete next.fg;
    else if (a === 49) delete next.bg;
    else if ((a === 38 || a === 48) && args[i + 1] === 5) {
      next[a === 38 ? 'fg' : 'bg'] = args[i + 2] ?? 0;
      i += 2;
    } else if ((a === 38 || a === 48) && args[i + 1] === 2) {
      next[a === 38 ? 'fg' : 'bg'] = `rgb(${args[i + 2] ?? 0}, ${args[i + 3] ?? 0}, ${args[i + 4] ?? 0})`;
      i += 4;
    }
  }
  for (const key of Object.keys(next) as (keyof Style)[]) if (next[key] === false) delete next[key];
  return Object.keys(next).length === 0 ? PLAIN : Object.freeze(next);
}
