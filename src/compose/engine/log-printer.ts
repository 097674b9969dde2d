/**
 * @module
 * How Compose prints containers' logs (docker/compose `cmd/formatter/logs.go`): each line prefixed
 * with the container's name without the project (`web-1`), padded to the longest name plus one,
 * then `| ` (`web-1  | hello`); a colour per container on a terminal (none otherwise or with
 * `--no-color`); no prefix with `--no-log-prefix`; `web-1 exited with code 0` when one stops.
 */
import type { ProcessOutput } from '../../programs/types.js';

/** Compose's rainbow: cyan, yellow, green, magenta, blue, then their bold forms. */
const RAINBOW = ['36', '33', '32', '35', '34', '36;1', '33;1', '32;1', '35;1', '34;1'];

/** Options of {@link LogPrinter}. */
export interface LogPrinterOptions {
  /** Colours (default: when the output is a terminal). */
  readonly color?: boolean;
  /** Prefix lines with the container's name (default true). */
  readonly prefix?: boolean;
}

/** Writes prefixed log lines for a set of containers. */
export class LogPrinter {
  readonly #out: ProcessOutput;
  readonly #color: boolean;
  readonly #prefix: boolean;
  readonly #colors = new Map<string, string>();
  #width = 0;
  readonly #partial = new Map<string, string>();

  constructor(out: ProcessOutput, options: LogPrinterOptions = {}) {
    this.#out = out;
    this.#color = options.color ?? out.isTTY;
    this.#prefix = options.prefix ?? true;
  }

  /** Adds a container name (widening the prefix column for every container). */
  register(name: string): void {
    if (!this.#colors.has(name)) this.#colors.set(name, RAINBOW[this.#colors.size % RAINBOW.length]!);
    this.#width = Math.max(this.#width, name.length + 1);
  }

  #paint(name: string, text: string): string {
    return this.#color ? `\x1b[${this.#colors.get(name) ?? '0'}m${text}\x1b[0m` : text;
  }

  /** One complete line (without its newline). */
  line(name: string, text: string): void {
    this.register(name);
    const prefix = this.#prefix ? this.#paint(name, `${name.padEnd(this.#width)} | `) : '';
    this.#out.write(`${prefix}${text}\n`);
  }

  /** Raw output of a container, cut into lines (a trailing partial line waits for the rest). */
  write(name: string, text: string): void {
    const lines = ((this.#partial.get(name) ?? '') + text).split('\n');
    this.#partial.set(name, lines.pop()!);
    for (const l of lines) this.line(name, l);
  }

  /** Flushes a pending partial line. */
  flush(name: string): void {
    const rest = this.#partial.get(name);
    if (rest) this.line(name, rest);
    this.#partial.delete(name);
  }

  /** `web-1 exited with code 0`. */
  status(name: string, message: string): void {
    this.register(name);
    this.#out.write(`${this.#paint(name, `${name} ${message}`)}\n`);
  }
}
