/**
 * @module
 * The shell grammar (POSIX 2.10) as a recursive-descent parser over a context-free tokenizer:
 * keywords are recognized where a command may start, here-document bodies are read at the next
 * newline, and parsing is incremental — `next()` returns one complete command at a time, as a
 * shell reads and runs a script line by line (so `echo a` runs before a syntax error below it).
 */
import type { Assignment, CaseItem, Command, Redirect, Script, SimpleCommand, Word, WordPart } from './ast.js';
import { Source } from './source.js';
import { EOF_TOKEN, type TokenDesc } from './syntax-error.js';
import { isMeta, scanArithmetic, scanHereBody, scanWord, type ScanContext } from './word-scanner.js';

/** Which shell's grammar: bash and busybox ash accept some extensions dash rejects. */
export type Dialect = 'ash' | 'bash' | 'dash';

type Token =
  | { readonly kind: 'word'; readonly word: Word; readonly line: number }
  | { readonly kind: 'op'; readonly op: string; readonly line: number }
  | { readonly kind: 'redir'; readonly op: Redirect['op'] | '<<-'; readonly fd: number | undefined; readonly line: number }
  | { readonly kind: 'eof'; readonly line: number };

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', '{', '}', '!', 'function', '[[', ']]']);
const REDIR_OPS = ['<<<', '<<-', '&>>', '<<', '>>', '<&', '>&', '<>', '>|', '&>', '<', '>'] as const;
const CONTROL_OPS = [';;&', '&&', '||', ';;', ';&', '|&', ';', '&', '|', '(', ')', '\n'] as const;
const BASH_ONLY = new Set(['<<<', '&>', '&>>', '|&', ';&', ';;&']);
/** Keywords that end a list (what `list()` stops at). */
const LIST_END = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

interface PendingHere {
  readonly delimiter: string;
  readonly strip: boolean;
  readonly expand: boolean;
  readonly redirect: { here?: { body: Word; expand: boolean } };
}

/** The unquoted text of a word, expansions kept as written (here-doc delimiters, keywords). */
export function literalText(word: Word): string {
  const text = (parts: readonly WordPart[]): string =>
    parts
      .map((p) => (p.type === 'literal' || p.type === 'quoted' ? p.text : p.type === 'double' ? text(p.parts) : p.type === 'tilde' ? `~${p.user}` : ''))
      .join('');
  return text(word.parts);
}

/** A here-document delimiter: the word as written, with quote removal but no expansion. */
function delimiterText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      out += raw.slice(i + 1, end < 0 ? raw.length : end);
      i = end < 0 ? raw.length : end;
    } else if (c === '"') {
      for (i++; i < raw.length && raw[i] !== '"'; i++) out += raw[i] === '\\' && '$`"\\'.includes(raw[i + 1] ?? '') ? raw[++i] : raw[i];
    } else if (c === '\\') out += raw[++i] ?? '';
    else out += c;
  }
  return out;
}

/** True when the word has no quotes and no expansions. */
function isPlain(word: Word): boolean {
  return word.parts.every((p) => p.type === 'literal');
}

/** Parses shell source one complete command at a time. */
export class Parser implements ScanContext {
  readonly src: Source;
  readonly dialect: Dialect;
  #peeked: Token | undefined;
  #pending: PendingHere[] = [];

  /** With `incremental`, running out of input inside a here-document is "incomplete", not its end. */
  readonly incremental: boolean;

  constructor(text: string | Source, dialect: Dialect = 'ash', line = 1, incremental = false) {
    this.src = typeof text === 'string' ? new Source(text, 0, line) : text;
    this.dialect = dialect;
    this.incremental = incremental;
  }

  /** The next complete command (through its newline), or null at the end of the input. */
  next(): Script | null {
    this.#skipNewlines();
    if (this.#peek().kind === 'eof') return null;
    const script = this.#list(true);
    const t = this.#peek();
    if (t.kind === 'op' && t.op === '\n') this.#take();
    else if (t.kind !== 'eof') throw this.#unexpected(t);
    return script;
  }

  /** True when only blank lines and comments are left. */
  atEnd(): boolean {
    this.#skipNewlines();
    return this.#peek().kind === 'eof';
  }

  /** The whole input as one script. */
  parseAll(): Script {
    const items: Script['items'][number][] = [];
    for (let s = this.next(); s; s = this.next()) items.push(...s.items);
    return { items };
  }

  // ---- ScanContext: nested command substitutions -------------------------------------------

  parseSubstitution(src: Source): Script {
    const nested = new Parser(src, this.dialect);
    const script = nested.#compoundList();
    const t = nested.#take();
    if (!(t.kind === 'op' && t.op === ')')) throw t.kind === 'eof' ? src.error({ kind: 'missing', what: ')' }, true) : nested.#unexpected(t);
    return script;
  }

  parseText(text: string, line: number): Script {
    const nested = new Parser(new Source(text, 0, line), this.dialect);
    return nested.parseAll();
  }

  // ---- tokens ---------------------------------------------------------------------------------

  #peek(): Token {
    return (this.#peeked ??= this.#lex());
  }

  #take(): Token {
    const t = this.#peek();
    this.#peeked = undefined;
    return t;
  }

  #lex(): Token {
    const src = this.src;
    for (;;) {
      const c = src.peek();
      if (c === ' ' || c === '\t') src.next();
      else if (c === '\\' && src.peek(1) === '\n') src.skip(2);
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
    return { kind: 'word', word: scanWord(src, this), line };
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

  #skipNewlines(): void {
    for (let t = this.#peek(); t.kind === 'op' && t.op === '\n'; t = this.#peek()) this.#take();
  }

  #isKeyword(t: Token, word?: string): boolean {
    if (t.kind !== 'word' || !isPlain(t.word)) return false;
    const text = t.word.text;
    if (!KEYWORDS.has(text)) return false;
    if ((text === '[[' || text === ']]') && this.dialect !== 'bash') return false;
    if (text === 'function' && this.dialect === 'dash') return false;
    return word === undefined || text === word;
  }

  #describe(t: Token): TokenDesc {
    if (t.kind === 'eof') return EOF_TOKEN;
    if (t.kind === 'op') return t.op === '\n' ? { kind: 'newline', text: 'newline' } : { kind: 'operator', text: t.op };
    if (t.kind === 'redir') return { kind: 'redirection', text: t.op };
    return { kind: this.#isKeyword(t) ? 'keyword' : 'word', text: t.word.text };
  }

  #unexpected(t: Token, expecting?: string): Error {
    const token = this.#describe(t);
    const problem = { kind: 'unexpected' as const, token, ...(expecting ? { expecting: { kind: KEYWORDS.has(expecting) ? ('keyword' as const) : ('operator' as const), text: expecting } } : {}) };
    return this.src.error(problem, t.kind === 'eof', t.line);
  }

  #expectKeyword(word: string): void {
    const t = this.#take();
    if (!this.#isKeyword(t, word)) throw this.#unexpected(t, word);
  }

  #expectOp(op: string): void {
    const t = this.#take();
    if (!(t.kind === 'op' && t.op === op)) throw this.#unexpected(t, op);
  }

  // ---- grammar --------------------------------------------------------------------------------

  /** and-or lists separated by `;`, `&` or (unless `top`) newlines, up to a list-ending token. */
  #list(top: boolean): Script {
    const items: { command: Command; background: boolean }[] = [];
    for (;;) {
      if (!top) this.#skipNewlines();
      const t = this.#peek();
      if (t.kind === 'eof' || (t.kind === 'op' && (t.op === ')' || t.op === '\n' || t.op.startsWith(';;') || t.op === ';&')) || (this.#isKeyword(t) && LIST_END.has(wordText(t))))
        break;
      const command = this.#andOr();
      const sep = this.#peek();
      if (sep.kind === 'op' && (sep.op === ';' || sep.op === '&')) {
        this.#take();
        items.push({ command, background: sep.op === '&' });
        continue;
      }
      items.push({ command, background: false });
      if (!(sep.kind === 'op' && sep.op === '\n') || top) break;
    }
    if (items.length === 0) throw this.#unexpected(this.#peek());
    return { items };
  }

  /** A list inside a compound command (newlines separate). */
  #compoundList(): Script {
    return this.#list(false);
  }

  #andOr(): Command {
    let left = this.#pipeline();
    for (;;) {
      const t = this.#peek();
      if (!(t.kind === 'op' && (t.op === '&&' || t.op === '||'))) return left;
      this.#take();
      this.#skipNewlines();
      const right = this.#pipeline();
      left = { type: 'and-or', op: t.op, left, right, line: t.line };
    }
  }

  #pipeline(): Command {
    const first = this.#peek();
    let negate = false;
    if (this.#isKeyword(first, '!')) {
      this.#take();
      negate = true;
    }
    const commands = [this.#command()];
    for (;;) {
      const t = this.#peek();
      if (!(t.kind === 'op' && (t.op === '|' || t.op === '|&'))) break;
      this.#take();
      this.#skipNewlines();
      if (t.op === '|&') commands[commands.length - 1] = withStderrToPipe(commands[commands.length - 1]!);
      commands.push(this.#command());
    }
    if (commands.length === 1 && !negate) return commands[0]!;
    return { type: 'pipeline', commands, negate, line: first.line };
  }

  #command(): Command {
    const t = this.#peek();
    if (t.kind === 'op' && t.op === '(') {
      this.#take();
      if (this.dialect === 'bash' && this.src.peek() === '(') {
        this.src.next();
        const expr = scanArithmetic(this.src, this);
        return { type: 'arith-command', expr, redirects: this.#redirects(), line: t.line };
      }
      const body = this.#compoundList();
      this.#expectOp(')');
      return { type: 'subshell', body, redirects: this.#redirects(), line: t.line };
    }
    if (t.kind === 'word' && this.#isKeyword(t)) {
      switch (wordText(t)) {
        case '{': {
          this.#take();
          const body = this.#compoundList();
          this.#expectKeyword('}');
          return { type: 'group', body, redirects: this.#redirects(), line: t.line };
        }
        case 'if':
          return this.#if();
        case 'while':
        case 'until':
          return this.#loop(wordText(t) === 'until');
        case 'for':
          return this.#for();
        case 'case':
          return this.#case();
        case 'function':
          return this.#functionKeyword();
        case '[[':
          return this.#cond();
        default:
          throw this.#unexpected(t);
      }
    }
    return this.#simple();
  }

  #if(): Command {
    const line = this.#take().line;
    const clauses: { test: Script; body: Script }[] = [];
    let otherwise: Script | undefined;
    for (;;) {
      const test = this.#compoundList();
      this.#expectKeyword('then');
      const body = this.#compoundList();
      clauses.push({ test, body });
      const t = this.#take();
      if (this.#isKeyword(t, 'elif')) continue;
      if (this.#isKeyword(t, 'else')) {
        otherwise = this.#compoundList();
        this.#expectKeyword('fi');
      } else if (!this.#isKeyword(t, 'fi')) throw this.#unexpected(t, 'fi');
      break;
    }
    return { type: 'if', clauses, ...(otherwise ? { otherwise } : {}), redirects: this.#redirects(), line };
  }

  #loop(until: boolean): Command {
    const line = this.#take().line;
    const test = this.#compoundList();
    this.#expectKeyword('do');
    const body = this.#compoundList();
    this.#expectKeyword('done');
    return { type: 'loop', until, test, body, redirects: this.#redirects(), line };
  }

  #for(): Command {
    const line = this.#take().line;
    const nameToken = this.#take();
    if (nameToken.kind !== 'word') throw this.#unexpected(nameToken);
    const name = nameToken.word.text;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw this.src.error({ kind: 'bad-for-variable', name }, false, nameToken.line);
    let items: Word[] | undefined;
    this.#skipNewlines();
    if (this.#isKeyword(this.#peek(), 'in')) {
      this.#take();
      items = [];
      for (let t = this.#peek(); t.kind === 'word'; t = this.#peek()) items.push((this.#take() as Extract<Token, { kind: 'word' }>).word);
      const sep = this.#take();
      if (!(sep.kind === 'op' && (sep.op === ';' || sep.op === '\n'))) throw this.#unexpected(sep);
    } else if (this.#peek().kind === 'op' && (this.#peek() as { op: string }).op === ';') this.#take();
    this.#skipNewlines();
    this.#expectKeyword('do');
    const body = this.#compoundList();
    this.#expectKeyword('done');
    return { type: 'for', name, ...(items ? { items } : {}), body, redirects: this.#redirects(), line };
  }

  #case(): Command {
    const line = this.#take().line;
    const wordToken = this.#take();
    if (wordToken.kind !== 'word') throw this.#unexpected(wordToken);
    this.#skipNewlines();
    this.#expectKeyword('in');
    const items: CaseItem[] = [];
    for (;;) {
      this.#skipNewlines();
      let t = this.#peek();
      if (this.#isKeyword(t, 'esac')) break;
      if (t.kind === 'op' && t.op === '(') this.#take();
      const patterns: Word[] = [];
      for (;;) {
        t = this.#take();
        if (t.kind !== 'word') throw this.#unexpected(t);
        patterns.push(t.word);
        const sep = this.#take();
        if (sep.kind === 'op' && sep.op === ')') break;
        if (!(sep.kind === 'op' && sep.op === '|')) throw this.#unexpected(sep, ')');
      }
      this.#skipNewlines();
      const next = this.#peek();
      const empty = this.#isKeyword(next, 'esac') || (next.kind === 'op' && (next.op.startsWith(';;') || next.op === ';&'));
      const body: Script = empty ? { items: [] } : this.#compoundList();
      const end = this.#peek();
      if (end.kind === 'op' && (end.op === ';;' || end.op === ';&' || end.op === ';;&')) {
        this.#take();
        items.push({ patterns, body, fallthrough: end.op === ';&' });
        continue;
      }
      items.push({ patterns, body, fallthrough: false });
      if (!this.#isKeyword(end, 'esac')) throw this.#unexpected(end);
      break;
    }
    this.#expectKeyword('esac');
    return { type: 'case', word: wordToken.word, items, redirects: this.#redirects(), line };
  }

  #functionKeyword(): Command {
    const line = this.#take().line;
    const t = this.#take();
    if (t.kind !== 'word') throw this.#unexpected(t);
    const p = this.#peek();
    if (p.kind === 'op' && p.op === '(') {
      this.#take();
      this.#expectOp(')');
    }
    this.#skipNewlines();
    return { type: 'function', name: t.word.text, body: this.#command(), line };
  }

  #cond(): Command {
    const line = this.#take().line;
    const words: Word[] = [];
    for (;;) {
      const last = words[words.length - 1];
      if (last && isPlain(last) && last.text === '=~' && this.#peeked === undefined) {
        words.push(this.#regexWord());
        continue;
      }
      const t = this.#take();
      if (t.kind === 'eof') throw this.#unexpected(t, ']]');
      if (this.#isKeyword(t, ']]')) break;
      if (t.kind === 'word') words.push(t.word);
      else if (t.kind === 'op' && t.op !== '\n') words.push({ parts: [{ type: 'literal', text: t.op }], text: t.op });
      else if (t.kind === 'redir' && (t.op === '<' || t.op === '>')) words.push({ parts: [{ type: 'literal', text: t.op }], text: t.op });
      else throw this.#unexpected(t);
    }
    return { type: 'cond', words, redirects: this.#redirects(), line };
  }

  /** The operand of `=~`: everything up to an unparenthesized blank, `(` and `|` included. */
  #regexWord(): Word {
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

  #redirects(): Redirect[] {
    const out: Redirect[] = [];
    while (this.#peek().kind === 'redir') out.push(this.#redirect());
    return out;
  }

  #redirect(): Redirect {
    const t = this.#take() as Extract<Token, { kind: 'redir' }>;
    const target = this.#take();
    if (target.kind !== 'word') throw this.#unexpected(target);
    const input = t.op.startsWith('<') && t.op !== '<>';
    const fd = t.fd ?? (input || t.op === '<>' ? 0 : 1);
    if (t.op === '<<' || t.op === '<<-') {
      const redirect: Redirect & { here?: { body: Word; expand: boolean } } = { op: '<<', fd, target: target.word };
      const expand = !/['"\\]/.test(target.word.text);
      this.#pending.push({ delimiter: delimiterText(target.word.text), strip: t.op === '<<-', expand, redirect: redirect as { here?: { body: Word; expand: boolean } } });
      return redirect;
    }
    return { op: t.op, fd, target: target.word };
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
      if (!closed && this.incremental) throw src.error({ kind: 'unexpected', token: EOF_TOKEN }, true);
      const text = lines.join('');
      const body = here.expand ? scanHereBody(new Source(text), this) : { parts: [{ type: 'quoted' as const, text }], text };
      here.redirect.here = { body, expand: here.expand };
    }
  }

  #simple(): Command {
    const first = this.#peek();
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const t = this.#peek();
      if (t.kind === 'redir') {
        redirects.push(this.#redirect());
        continue;
      }
      if (t.kind !== 'word') break;
      if (words.length === 0) {
        const assignment = this.#assignment(t.word);
        if (assignment) {
          this.#take();
          assignments.push(assignment);
          continue;
        }
      }
      this.#take();
      words.push(t.word);
      if (words.length === 1 && assignments.length === 0 && redirects.length === 0) {
        const p = this.#peek();
        if (p.kind === 'op' && p.op === '(' && isPlain(t.word)) return this.#functionDef(t.word, t.line);
      }
    }
    if (assignments.length === 0 && words.length === 0 && redirects.length === 0) throw this.#unexpected(this.#peek());
    const command: SimpleCommand = { type: 'simple', assignments, words, redirects, line: first.line };
    return command;
  }

  #functionDef(name: Word, line: number): Command {
    this.#take();
    this.#expectOp(')');
    this.#skipNewlines();
    return { type: 'function', name: name.text, body: this.#command(), line };
  }

  /** `NAME=value` / `NAME+=value` (bash, ash) as an assignment, else undefined. */
  #assignment(word: Word): Assignment | undefined {
    const first = word.parts[0];
    if (first?.type !== 'literal') return undefined;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(first.text);
    if (!m || (m[2] && this.dialect === 'dash')) return undefined;
    const rest = first.text.slice(m[0].length);
    const parts: WordPart[] = [];
    if (rest.startsWith('~') && !rest.slice(1).includes(':') && word.parts.length === 1) {
      const slash = rest.indexOf('/');
      parts.push({ type: 'tilde', user: rest.slice(1, slash < 0 ? undefined : slash) });
      if (slash >= 0) parts.push({ type: 'literal', text: rest.slice(slash) });
    } else if (rest) parts.push({ type: 'literal', text: rest });
    parts.push(...word.parts.slice(1));
    return { name: m[1]!, value: { parts, text: word.text.slice(m[0].length) }, append: m[2] === '+' };
  }
}

function wordText(t: Token): string {
  return t.kind === 'word' ? t.word.text : '';
}

/** `a |& b` is `a 2>&1 | b`. */
function withStderrToPipe(command: Command): Command {
  const dup: Redirect = { op: '>&', fd: 2, target: { parts: [{ type: 'literal', text: '1' }], text: '1' } };
  if (command.type === 'simple') return { ...command, redirects: [...command.redirects, dup] };
  if ('redirects' in command) return { ...command, redirects: [...command.redirects, dup] } as Command;
  return command;
}

export { isMeta };
