/**
 * @module
 * Command history as a shell keeps it: lines in order (an empty line or a repeat of the last one
 * is not added, like bash's `ignoredups`), browsed with Up and Down from the line being edited,
 * which is given back when browsing returns past the newest entry.
 */

/** A terminal's history and the browsing position. */
export class History {
  readonly #lines: string[] = [];
  readonly #limit: number;
  #cursor = 0;
  #draft = '';

  constructor(lines: readonly string[] = [], limit = 1000) {
    this.#limit = limit;
    for (const line of lines) this.add(line);
  }

  /** Every entry, oldest first. */
  get lines(): readonly string[] {
    return this.#lines;
  }

  /** Records a line the user ran; browsing starts again from the end. */
  add(line: string): void {
    const trimmed = line.trim();
    if (trimmed !== '' && this.#lines[this.#lines.length - 1] !== line) this.#lines.push(line);
    if (this.#lines.length > this.#limit) this.#lines.shift();
    this.#cursor = this.#lines.length;
    this.#draft = '';
  }

  /** Up: the previous entry (the current input is kept as the draft); undefined at the oldest. */
  previous(current: string): string | undefined {
    if (this.#cursor === 0) return undefined;
    if (this.#cursor === this.#lines.length) this.#draft = current;
    this.#cursor--;
    return this.#lines[this.#cursor];
  }

  /** Down: the next entry, or the draft past the newest; undefined when not browsing. */
  next(): string | undefined {
    if (this.#cursor >= this.#lines.length) return undefined;
    this.#cursor++;
    return this.#cursor === this.#lines.length ? this.#draft : this.#lines[this.#cursor];
  }

  /** What bash's `history` builtin prints: numbered lines. */
  listing(): string {
    return this.#lines.map((line, i) => `${String(i + 1).padStart(5)}  ${line}\n`).join('');
  }
}
