/**
 * @module
 * The shell's tokenizer: operators (with bash's and ash's extra ones where the dialect has them),
 * IO numbers, words (via the word scanner), newlines — after which the bodies of pending
 * here-documents are read — and which words are keywords where a command may start.
 */
import type { Redirect, Word, WordPart } from './ast.js';
import { Source as SourceCtor, type Source } from './source.js';
import { EOF_TOKEN, type TokenDesc } from './syntax-error.js';
import { scanHereBody, scanWord, type ScanContext } from './word-scanner.js';
import { delimiterText, isPlain } from './words.js';

/** Which shell's grammar: bash and busybox ash accept some extensions dash rejects. */
export type Dialect = 'ash' | 'bash' | 'dash';

/** A token. */
export type Token =
  | { readonly kind: 'word'; readonly word: Word; readonly line: number }
  | { readonly kind: 'op'; readonly op: string; readonly line: number }
  | { readonly kind: 'redir'; readonly op: Redirect['op'] | '<<-'; readonly fd: number | undefined; readonly line: number }
  | { readonly kind: 'eof'; readonly line: number };

/** Reserved words. */
export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', '{', '}', '!', 'function', '[[', ']]']);
const REDIR_OPS = ['<<<', '<<-', '&>>', '<<', '>>', '<&', '>&', '<>', '>|', '&>', '<', '>'] as const;
const CONTROL_OPS = [';;&', '&&', '||', ';;', ';&', '|&', ';', '&', '|', '(', ')', '\n'] as const;
const BASH_ONLY = new Set(['<<<', '&>', '&>>', '|&', ';&', ';;&']);

/** A here-document waiting for its body (read after the next newline). */
interface PendingHere {
  readonly delimiter: string;
  readonly strip: boolean;
  readonly expand: boolean;
  readonly redirect: { here?: { body: Word; expand: boolean } };
}

/** The text of a word token ('' for other tokens). */
export function wordText(t: Token): string {
  return t.kind === 'word' ? t.word.text : '';
}

/** Tokens of shell source, one lookahead. */
export class Lexer {
  readonly src: Source;
  readonly dialect: Dialect;
  readonly #ctx: ScanContext;
  readonly #incremental: boolean;
  #peeked: Token | undefined;
  readonly #pending: PendingHere[] = [];

  /** With `incremental`, running out of input inside a here-document is "incomplete", not its end. */
  constructor(src: Source, dialect: Dialect, ctx: ScanContext, incremental: boolean) {
    this.src = src;
    this.dialect = dialect;
    this.#ctx = ctx;
    this.#incremental = incremental;
  }

  /** True when no token has been looked at ahead (the source position is exact). */
  get clean(): boolean {
    return this.#peeked === undefined;
  }

  /** The next token, not consumed. */
  peek(): Token {
    return (this.#peeked ??= this.#lex());
  }

  /** The next token, consumed. */
  take(): Token {
    const t = this.peek();
    this.#peeked = undefined;
    return t;
  }

  /** Consumes newline tokens. */
  skipNewlines(): void {
    for (let t = this.peek(); t.kind === 'op' && t.op === '\n'; t = this.peek()) this.take();
  }

  /** True when `t` is a keyword (`word`, if given) of this dialect. */
  isKeyword(t: Token, word?: string): boolean {
    if (t.kind !== 'word' || !isPlain(t.word)) return false;
    const text = t.word.text;
    if (!KEYWORDS.has(text)) return false;
    if ((text === '[[' || text === ']]') && this.dialect !== 'bash') return false;
    if (text === 'function' && this.dialect === 'dash') return false;
    return word === undefined || text === word;
  }

  /** A token as syntax errors name it. */
  describe(t: Token): TokenDesc {
    if (t.kind === 'eof') return EOF_TOKEN;
    if (t.kind === 'op') return t.op === '\n' ? { kind: 'newline', text: 'newline' } : { kind: 'operator', text: t.op };
    if (t.kind === 'redir') return { kind: 'redirection', text: t.op };
    return { kind: this.isKeyword(t) ? 'keyword' : 'word', text: t.word.text };
  }

  /** Registers a here-document whose body follows the next newline. */
  hereDocument(redirect: { here?: { body: Word; expand: boolean } }, target: Word, strip: boolean): void {
    this.#pending.push({ delimiter: delimiterText(target.text), strip, expand: !/['"\\]/.test(target.text), redirect });
  }

  #lex(): Token {
    const src = this.src;
    for (;;) {
      const c = src.peek();
      if (c === ' ' || c === '\t') src.next();
      else if (c === '#') while (src.raw() !== '' && src.raw() !== '\n') src.nextRaw();
      else break;
    }
    const line = src.line;
    if (src.eof) return { kind: 'eof', line };
    const digits = /^\d+(?=[<>])/.exec(src.text.slice(src.pos, src.pos + 12));
    if (digits) {
      src.skip(digits[0].length);
      const op = this.#redirOp()!;
      return { kind: 'redir', op, fd: Number(digits[0]), line };
    }
    const redir = this.#redirOp();
    if (redir) return { kind: 'redir', op: redir, fd: undefined, line };
    for (const op of CONTROL_OPS) {
      if (!src.startsWith(op) || (BASH_ONLY.has(op) && !this.#allows(op))) continue;
      src.skip(op.length);
      if (op === '\n') this.#readHereDocs();
      return { kind: 'op', op, line };
    }
    return { kind: 'word', word: scanWord(src, this.#ctx), line };
  }

  #redirOp(): Redirect['op'] | '<<-' | undefined {
    const op = REDIR_OPS.find((o) => this.src.startsWith(o) && (!BASH_ONLY.has(o) || this.#allows(o)));
    if (op) this.src.skip(op.length);
    return op;
  }

  #allows(op: string): boolean {
    if (this.dialect === 'bash') return true;
    if (this.dialect === 'ash') return op === '&>' || op === '&>>';
    return false;
  }

  /** Reads the bodies of the here-documents opened on the line that just ended. */
  #readHereDocs(): void {
    const src = this.src;
    for (const here of this.#pending.splice(0)) {
      const lines: string[] = [];
      let closed = false;
      while (!src.eof) {
        const nl = src.text.indexOf('\n', src.pos);
        const end = nl < 0 ? src.text.length : nl;
        let line = src.text.slice(src.pos, end);
        const next = nl < 0 ? end : end + 1;
        while (src.pos < next) src.nextRaw();
        if (here.strip) line = line.replace(/^\t+/, '');
        if (line === here.delimiter) {
          closed = true;
          break;
        }
        lines.push(line + '\n');
      }
      if (!closed && this.#incremental) throw src.error({ kind: 'unexpected', token: EOF_TOKEN }, true);
      const text = lines.join('');
      const body = here.expand ? scanHereBody(new SourceCtor(text), this.#ctx) : { parts: [{ type: 'quoted' as const, text }], text };
      here.redirect.here = { body, expand: here.expand };
    }
  }

  /** The operand of `=~`: everything up to an unparenthesized blank, `(` and `|` included. */
  regexWord(): Word {
    const src = this.src;
    while (src.peek() === ' ' || src.peek() === '\t') src.next();
    const parts: WordPart[] = [];
    const push = (type: 'literal' | 'quoted', text: string): void => {
      const prev = parts[parts.length - 1];
      if (prev?.type === type) parts[parts.length - 1] = { type, text: prev.text + text };
      else parts.push({ type, text });
    };
    const start = src.pos;
    let depth = 0;
    while (!src.eof) {
      const c = src.peek();
      if ((c === ' ' || c === '\t' || c === '\n') && depth === 0) break;
      if (c === '(') depth++;
      if (c === ')') depth--;
      if (c === "'" || c === '"') {
        src.next();
        let text = '';
        while (!src.eof && src.peek() !== c) text += src.next();
        src.next();
        push('quoted', text);
      } else if (c === '\\') {
        src.next();
        push('quoted', src.next());
      } else push('literal', src.next());
    }
    return { parts, text: src.text.slice(start, src.pos) };
  }

}
