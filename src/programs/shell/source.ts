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
    return this.pos >= this.text.length;
  }

  /** The character at `pos + offset` ('' past the end). */
  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  /** True when the text at `pos` starts with `s`. */
  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  /** Consumes one character (counting lines). */
  next(): string {
    const c = this.text[this.pos++] ?? '';
    if (c === '\n') this.line++;
    return c;
  }

  /** Consumes `n` characters. */
  skip(n: number): void {
    for (let i = 0; i < n; i++) this.next();
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
