/**
 * @module
 * The lexer of Go's `text/template` (Go 1.24, `text/template/parse/lex.go`): text and actions
 * between `{{` and `}}`, trim markers (`{{- ` and ` -}}`), comments, fields, variables, strings,
 * raw strings, character constants, numbers, keywords and punctuation — with Go's error texts
 * (`unclosed action`, `bad character U+0023 '#'`, `unterminated quoted string`…).
 */
import { KEYWORDS, unicodeName, type Item, type ItemType } from './items.js';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlphaNumeric = (c: string | undefined) => c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));
const SPACE_CHARS = ' \t\r\n';

/** Scans a template into tokens, one {@link Lexer.next} at a time. */
export class Lexer {
  readonly #input: string;
  #pos = 0;
  #start = 0;
  #line = 1;
  #startLine = 1;
  #parenDepth = 0;
  #insideAction = false;
  #item: Item | undefined;

  constructor(input: string) {
    this.#input = input;
  }

  /** The next token (after an `error` token, `eof` forever). */
  next(): Item {
    this.#item = { type: 'eof', pos: this.#pos, val: 'EOF', line: this.#startLine };
    let state: (() => boolean) | undefined = this.#insideAction ? () => this.#lexInsideAction() : () => this.#lexText();
    // Each state returns true when it produced an item.
    while (state && !state()) state = this.#insideAction ? () => this.#lexInsideAction() : () => this.#lexText();
    return this.#item!;
  }

  #peek(): string | undefined {
    return this.#input[this.#pos];
  }

  #nextChar(): string | undefined {
    const c = this.#input[this.#pos];
    if (c === undefined) return undefined;
    const cp = this.#input.codePointAt(this.#pos)!;
    const ch = String.fromCodePoint(cp);
    this.#pos += ch.length;
    if (ch === '\n') this.#line++;
    return ch;
  }

  #backup(ch: string | undefined): void {
    if (ch === undefined) return;
    this.#pos -= ch.length;
    if (ch === '\n') this.#line--;
  }

  #emit(type: ItemType): true {
    this.#item = { type, pos: this.#start, val: this.#input.slice(this.#start, this.#pos), line: this.#startLine };
    this.#start = this.#pos;
    this.#startLine = this.#line;
    return true;
  }

  #ignore(): void {
    this.#line += countNewlines(this.#input.slice(this.#start, this.#pos));
    this.#start = this.#pos;
    this.#startLine = this.#line;
  }

  #error(message: string): true {
    this.#item = { type: 'error', pos: this.#start, val: message, line: this.#startLine };
    this.#pos = this.#input.length;
    this.#start = this.#pos;
    this.#insideAction = false;
    this.#errored = true;
    return true;
  }

  #errored = false;

  #atRightDelim(): { delim: boolean; trim: boolean } {
    const rest = this.#input.slice(this.#pos);
    if (isSpace(rest[0]) && rest[1] === '-' && rest.startsWith('}}', 2)) return { delim: true, trim: true };
    return { delim: rest.startsWith('}}'), trim: false };
  }

  #lexText(): boolean {
    if (this.#errored) return this.#emitEof();
    const x = this.#input.indexOf('{{', this.#pos);
    if (x >= 0) {
      if (x > this.#pos) {
        this.#pos = x;
        const after = this.#input.slice(x + 2);
        let trim = 0;
        if (after[0] === '-' && isSpace(after[1])) trim = this.#input.slice(this.#start, x).length - trimRight(this.#input.slice(this.#start, x)).length;
        this.#pos -= trim;
        this.#line += countNewlines(this.#input.slice(this.#start, this.#pos));
        const item: Item = { type: 'text', pos: this.#start, val: this.#input.slice(this.#start, this.#pos), line: this.#startLine };
        this.#start = this.#pos;
        this.#startLine = this.#line;
        this.#pos += trim;
        this.#ignore();
        if (item.val.length > 0) {
          this.#item = item;
          return true;
        }
      }
      return this.#lexLeftDelim();
    }
    this.#pos = this.#input.length;
    if (this.#pos > this.#start) {
      this.#line += countNewlines(this.#input.slice(this.#start, this.#pos));
      return this.#emit('text');
    }
    return this.#emitEof();
  }

  #emitEof(): true {
    this.#item = { type: 'eof', pos: this.#pos, val: 'EOF', line: this.#startLine };
    return true;
  }

  #lexLeftDelim(): boolean {
    this.#pos += 2;
    const rest = this.#input.slice(this.#pos);
    const trim = rest[0] === '-' && isSpace(rest[1]);
    const after = trim ? 2 : 0;
    if (this.#input.startsWith('/*', this.#pos + after)) {
      this.#pos += after;
      this.#ignore();
      return this.#lexComment();
    }
    const item: Item = { type: 'leftDelim', pos: this.#start, val: '{{', line: this.#startLine };
    this.#start = this.#pos;
    this.#startLine = this.#line;
    this.#insideAction = true;
    this.#pos += after;
    this.#ignore();
    this.#parenDepth = 0;
    this.#item = item;
    return true;
  }

  #lexComment(): boolean {
    this.#pos += 2;
    const x = this.#input.indexOf('*/', this.#pos);
    if (x < 0) return this.#error('unclosed comment');
    this.#pos = x + 2;
    const { delim, trim } = this.#atRightDelim();
    if (!delim) return this.#error('comment ends before closing delimiter');
    this.#line += countNewlines(this.#input.slice(this.#start, this.#pos));
    this.#start = this.#pos;
    this.#startLine = this.#line;
    if (trim) this.#pos += 2;
    this.#pos += 2;
    if (trim) this.#pos += this.#leftTrimLength();
    this.#ignore();
    return false;
  }

  #leftTrimLength(): number {
    const rest = this.#input.slice(this.#pos);
    return rest.length - rest.replace(/^[ \t\r\n]+/, '').length;
  }

  #lexRightDelim(): boolean {
    const { trim } = this.#atRightDelim();
    if (trim) {
      this.#pos += 2;
      this.#ignore();
    }
    this.#pos += 2;
    this.#emit('rightDelim');
    const item = this.#item!;
    if (trim) {
      this.#pos += this.#leftTrimLength();
      this.#ignore();
    }
    this.#insideAction = false;
    this.#item = item;
    return true;
  }

  #lexInsideAction(): boolean {
    const { delim } = this.#atRightDelim();
    if (delim) return this.#parenDepth === 0 ? this.#lexRightDelim() : this.#error('unclosed left paren');
    const r = this.#nextChar();
    if (r === undefined) return this.#error('unclosed action');
    if (isSpace(r)) {
      this.#backup(r);
      return this.#lexSpace();
    }
    switch (r) {
      case '=':
        return this.#emit('assign');
      case ':':
        if (this.#nextChar() !== '=') return this.#error('expected :=');
        return this.#emit('declare');
      case '|':
        return this.#emit('pipe');
      case '"':
        return this.#lexQuoted('"', 'string', 'unterminated quoted string');
      case '`':
        return this.#lexRawQuote();
      case '$':
        return this.#atTerminator() ? this.#emit('variable') : this.#lexFieldOrVariable('variable');
      case "'":
        return this.#lexQuoted("'", 'charConstant', 'unterminated character constant');
      case '(':
        this.#parenDepth++;
        return this.#emit('leftParen');
      case ')':
        this.#parenDepth--;
        if (this.#parenDepth < 0) return this.#error('unexpected right paren');
        return this.#emit('rightParen');
    }
    if (r === '.') {
      const next = this.#peek();
      if (next === undefined || next < '0' || next > '9') return this.#lexFieldOrVariable('field');
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      this.#backup(r);
      return this.#lexNumber();
    }
    if (isAlphaNumeric(r)) {
      this.#backup(r);
      return this.#lexIdentifier();
    }
    if (r.codePointAt(0)! <= 0x7e && r.codePointAt(0)! >= 0x20) return this.#emit('char');
    return this.#error(`unrecognized character in action: ${unicodeName(r)}`);
  }

  #lexSpace(): boolean {
    let spaces = 0;
    while (isSpace(this.#peek())) {
      this.#nextChar();
      spaces++;
    }
    const before = this.#input.slice(this.#pos - 1);
    if (isSpace(before[0]) && before[1] === '-' && before.startsWith('}}', 2)) {
      this.#backup(this.#input[this.#pos - 1]);
      if (spaces === 1) return this.#lexRightDelim();
    }
    return this.#emit('space');
  }

  #atTerminator(): boolean {
    const r = this.#peek();
    if (r === undefined || isSpace(r) || '.,|:)('.includes(r)) return true;
    return this.#input.startsWith('}}', this.#pos);
  }

  #lexIdentifier(): boolean {
    for (;;) {
      const r = this.#nextChar();
      if (isAlphaNumeric(r)) continue;
      this.#backup(r);
      const word = this.#input.slice(this.#start, this.#pos);
      if (!this.#atTerminator()) return this.#error(`bad character ${unicodeName(r!)}`);
      if (KEYWORDS.has(word)) return this.#emit(word as ItemType);
      if (word === 'true' || word === 'false') return this.#emit('bool');
      return this.#emit('identifier');
    }
  }

  #lexFieldOrVariable(type: 'field' | 'variable'): boolean {
    if (this.#atTerminator()) return this.#emit(type === 'variable' ? 'variable' : 'dot');
    let r: string | undefined;
    for (;;) {
      r = this.#nextChar();
      if (!isAlphaNumeric(r)) {
        this.#backup(r);
        break;
      }
    }
    if (!this.#atTerminator()) return this.#error(`bad character ${unicodeName(r!)}`);
    return this.#emit(type);
  }

  /** A quoted token (`'c'` or `"s"`): backslash escapes, ends at `quote`, fails at a newline or EOF. */
  #lexQuoted(quote: string, type: ItemType, unterminated: string): boolean {
    for (;;) {
      const r = this.#nextChar();
      if (r === '\\') {
        const e = this.#nextChar();
        if (e !== undefined && e !== '\n') continue;
      }
      if (r === undefined || r === '\n' || r === '\\') return this.#error(unterminated);
      if (r === quote) return this.#emit(type);
    }
  }

  #lexRawQuote(): boolean {
    for (;;) {
      const r = this.#nextChar();
      if (r === undefined) return this.#error('unterminated raw quoted string');
      if (r === '`') return this.#emit('rawString');
    }
  }

  #accept(valid: string): boolean {
    const r = this.#nextChar();
    if (r !== undefined && valid.includes(r)) return true;
    this.#backup(r);
    return false;
  }

  #acceptRun(valid: string): void {
    while (this.#accept(valid));
  }

  #scanNumber(): boolean {
    this.#accept('+-');
    let digits = '0123456789_';
    if (this.#accept('0')) {
      if (this.#accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.#accept('oO')) digits = '01234567_';
      else if (this.#accept('bB')) digits = '01_';
    }
    this.#acceptRun(digits);
    if (this.#accept('.')) this.#acceptRun(digits);
    if (digits.length === 11 && this.#accept('eE')) {
      this.#accept('+-');
      this.#acceptRun('0123456789_');
    }
    if (digits.length === 23 && this.#accept('pP')) {
      this.#accept('+-');
      this.#acceptRun('0123456789_');
    }
    this.#accept('i');
    if (isAlphaNumeric(this.#peek())) {
      this.#nextChar();
      return false;
    }
    return true;
  }

  #lexNumber(): boolean {
    const bad = () => this.#error(`bad number syntax: ${JSON.stringify(this.#input.slice(this.#start, this.#pos))}`);
    if (!this.#scanNumber()) return bad();
    const sign = this.#peek();
    if (sign === '+' || sign === '-') {
      if (!this.#scanNumber() || this.#input[this.#pos - 1] !== 'i') return bad();
      return this.#emit('complex');
    }
    return this.#emit('number');
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (const c of s) if (c === '\n') n++;
  return n;
}

function trimRight(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE_CHARS.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
