/**
 * @module
 * The text a parser reads, with its position and line number, and the helpers to raise syntax
 * errors that point at the current line.
 */
import { ShellSyntaxError, type SyntaxProblem } from './syntax-error.js';

/** Shell source text being read. */
export class Source {
  readonly text: string;
  pos: number;
  line: number;

  constructor(text: string, pos = 0, line = 1) {
    this.text = text;
    this.pos = pos;
    this.line = line;
  }

  /** True at end of input. */
  get eof(): boolean {
    this.#continuations();
    return this.pos >= this.text.length;
  }

  /** Skips backslash-newline pairs (line continuations) at the current position. */
  #continuations(): void {
    while (this.text[this.pos] === '\\' && this.text[this.pos + 1] === '\n') {
      this.pos += 2;
      this.line++;
    }
  }

  /** The index of the character `offset` characters ahead, line continuations skipped. */
  #index(offset: number): number {
    let i = this.pos;
    for (let k = 0; ; k++) {
      while (this.text[i] === '\\' && this.text[i + 1] === '\n') i += 2;
      if (k === offset) return i;
      i++;
    }
  }

  /** The character `offset` ahead ('' past the end); line continuations are invisible. */
  peek(offset = 0): string {
    return this.text[this.#index(offset)] ?? '';
  }

  /** True when the text ahead starts with `s` (across line continuations). */
  startsWith(s: string): boolean {
    for (let k = 0; k < s.length; k++) if (this.peek(k) !== s[k]) return false;
    return true;
  }

  /** Consumes one character (counting lines). */
  next(): string {
    this.#continuations();
    const c = this.text[this.pos++] ?? '';
    if (c === '\n') this.line++;
    return c;
  }

  /** Consumes `n` characters. */
  skip(n: number): void {
    for (let i = 0; i < n; i++) this.next();
  }

  /** The raw character at `pos + offset`, continuations included (quotes, comments). */
  raw(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  /** Consumes one raw character. */
  nextRaw(): string {
    const c = this.text[this.pos++] ?? '';
    if (c === '\n') this.line++;
    return c;
  }

  /** The full text of the line at `line`. */
  lineText(line: number): string {
    return this.text.split('\n')[line - 1] ?? '';
  }

  /** A syntax error at the current line. */
  error(problem: SyntaxProblem, incomplete = false, line = this.line): ShellSyntaxError {
    return new ShellSyntaxError(problem, line, incomplete, this.lineText(line));
  }
}
