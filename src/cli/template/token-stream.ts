/**
 * @module
 * The template parser's view of the lexer (Go's `Tree.next`/`backup`/`peek`): tokens one at a
 * time, with up to three pushed back, and Go's parse errors (`template: :1: unexpected "}" in
 * operand`) at the line Go quotes.
 */
import { itemString, type Item, type ItemType } from './items.js';
import type { Lexer } from './lex.js';

/** A template that failed to parse; `message` is Go's error text. */
export class TemplateParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateParseError';
  }
}

/** A token stream with three tokens of look-ahead. */
export class TokenStream {
  readonly #lex: Lexer;
  readonly #tokens: Item[] = [];
  #peekCount = 0;
  /** The template's name, as errors quote it. */
  readonly name: string;
  /** The line of the `{{` of the action being parsed (0 outside actions), for "unclosed action started at". */
  actionLine = 0;

  constructor(lex: Lexer, name: string) {
    this.#lex = lex;
    this.name = name;
  }

  /** The line of the token most recently read (Go reports parse errors there). */
  get line(): number {
    return this.#tokens[0]?.line ?? 1;
  }

  /** The next token. */
  next(): Item {
    if (this.#peekCount > 0) this.#peekCount--;
    else this.#tokens[0] = this.#lex.next();
    return this.#tokens[this.#peekCount]!;
  }

  /** Pushes the last token back. */
  backup(): void {
    this.#peekCount++;
  }

  /** Pushes back `t1` and the last token. */
  backup2(t1: Item): void {
    this.#tokens[1] = t1;
    this.#peekCount = 2;
  }

  /** Pushes back `t2`, `t1` and the last token. */
  backup3(t2: Item, t1: Item): void {
    this.#tokens[1] = t1;
    this.#tokens[2] = t2;
    this.#peekCount = 3;
  }

  /** The next token, left in the stream. */
  peek(): Item {
    if (this.#peekCount > 0) return this.#tokens[this.#peekCount - 1]!;
    this.#peekCount = 1;
    this.#tokens[0] = this.#lex.next();
    return this.#tokens[0];
  }

  /** The next token that is not a space. */
  nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.type === 'space');
    return t;
  }

  /** The next token that is not a space, left in the stream. */
  peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  /** Throws Go's parse error at the current line. */
  errorf(message: string): never {
    throw new TemplateParseError(`template: ${this.name}:${this.line}: ${message}`);
  }

  /** Throws Go's error for an unexpected token (or the lexer's error it carries). */
  unexpected(token: Item, context: string): never {
    if (token.type === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${token.val}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  /** The next non-space token, which must be of `type`. */
  expect(type: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.type !== type) this.unexpected(t, context);
    return t;
  }
}
