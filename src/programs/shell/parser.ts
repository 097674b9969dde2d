/**
 * @module
 * The shell grammar (POSIX 2.10) as a recursive-descent parser over a context-free tokenizer:
 * keywords are recognized where a command may start, here-document bodies are read at the next
 * newline, and parsing is incremental — `next()` returns one complete command at a time, as a
 * shell reads and runs a script line by line (so `echo a` runs before a syntax error below it).
 */
import type { Assignment, Command, Redirect, Script, SimpleCommand, Word, WordPart } from './ast.js';
import { KEYWORDS, Lexer, wordText, type Dialect, type Token } from './lexer.js';
import { Source } from './source.js';
import { scanArithmetic, type ScanContext } from './word-scanner.js';
import { isPlain } from './words.js';
import { parseCase, parseCond, parseFor, parseFunctionKeyword, parseIf, parseLoop } from './compound-grammar.js';

/** Which shell's grammar. */
export type { Dialect } from './lexer.js';
export { literalText } from './words.js';

/** Keywords that end a list (what `list()` stops at). */
const LIST_END = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

/** Parses shell source one complete command at a time. */
export class Parser implements ScanContext {
  readonly src: Source;
  readonly dialect: Dialect;
  readonly #lexer: Lexer;

  /** With `incremental`, running out of input inside a here-document is "incomplete", not its end. */
  constructor(text: string | Source, dialect: Dialect = 'ash', line = 1, incremental = false) {
    this.src = typeof text === 'string' ? new Source(text, 0, line) : text;
    this.dialect = dialect;
    this.#lexer = new Lexer(this.src, dialect, this, incremental);
  }

  /** The next complete command (through its newline), or null at the end of the input. */
  next(): Script | null {
    this.#lexer.skipNewlines();
    if (this.#lexer.peek().kind === 'eof') return null;
    const script = this.#list(true);
    const t = this.#lexer.peek();
    if (t.kind === 'op' && t.op === '\n') this.#lexer.take();
    else if (t.kind !== 'eof') throw this.unexpected(t);
    return script;
  }

  /** True when only blank lines and comments are left. */
  atEnd(): boolean {
    this.#lexer.skipNewlines();
    return this.#lexer.peek().kind === 'eof';
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
    nested.#lexer.skipNewlines();
    const first = nested.#lexer.peek();
    const script = first.kind === 'op' && first.op === ')' ? { items: [] } : nested.compoundList();
    const t = nested.#lexer.take();
    if (!(t.kind === 'op' && t.op === ')')) throw t.kind === 'eof' ? src.error({ kind: 'missing', what: ')' }, true) : nested.unexpected(t);
    return script;
  }

  parseText(text: string, line: number): Script {
    const nested = new Parser(new Source(text, 0, line), this.dialect);
    return nested.parseAll();
  }

  // ---- tokens ---------------------------------------------------------------------------------

  /** @internal A syntax error at `t` (`expecting` a token). */
  unexpected(t: Token, expecting?: string): Error {
    const token = this.#lexer.describe(t);
    const problem = { kind: 'unexpected' as const, token, ...(expecting ? { expecting: { kind: KEYWORDS.has(expecting) ? ('keyword' as const) : ('operator' as const), text: expecting } } : {}) };
    return this.src.error(problem, t.kind === 'eof', t.line);
  }

  /** @internal Consumes keyword `word` or fails. */
  expectKeyword(word: string): void {
    const t = this.#lexer.take();
    if (!this.#lexer.isKeyword(t, word)) throw this.unexpected(t, word);
  }

  /** @internal Consumes operator `op` or fails. */
  expectOp(op: string): void {
    const t = this.#lexer.take();
    if (!(t.kind === 'op' && t.op === op)) throw this.unexpected(t, op);
  }

  // ---- grammar --------------------------------------------------------------------------------

  /** and-or lists separated by `;`, `&` or (unless `top`) newlines, up to a list-ending token. */
  #list(top: boolean): Script {
    const items: { command: Command; background: boolean }[] = [];
    for (;;) {
      if (!top) this.#lexer.skipNewlines();
      const t = this.#lexer.peek();
      if (t.kind === 'eof' || (t.kind === 'op' && (t.op === ')' || t.op === '\n' || t.op.startsWith(';;') || t.op === ';&')) || (this.#lexer.isKeyword(t) && LIST_END.has(wordText(t))))
        break;
      const command = this.#andOr();
      const sep = this.#lexer.peek();
      if (sep.kind === 'op' && (sep.op === ';' || sep.op === '&')) {
        this.#lexer.take();
        items.push({ command, background: sep.op === '&' });
        continue;
      }
      items.push({ command, background: false });
      if (!(sep.kind === 'op' && sep.op === '\n') || top) break;
    }
    // An empty list is an error — except at end of input, where the enclosing construct reports
    // what it expected (`unexpected end of file (expecting "fi")`), and in `$()`.
    if (items.length === 0 && this.#lexer.peek().kind !== 'eof') throw this.unexpected(this.#lexer.peek());
    return { items };
  }

  /** @internal A list inside a compound command (newlines separate). */
  compoundList(): Script {
    return this.#list(false);
  }

  #andOr(): Command {
    let left = this.#pipeline();
    for (;;) {
      const t = this.#lexer.peek();
      if (!(t.kind === 'op' && (t.op === '&&' || t.op === '||'))) return left;
      this.#lexer.take();
      this.#lexer.skipNewlines();
      const right = this.#pipeline();
      left = { type: 'and-or', op: t.op, left, right, line: t.line };
    }
  }

  #pipeline(): Command {
    const first = this.#lexer.peek();
    let negate = false;
    if (this.#lexer.isKeyword(first, '!')) {
      this.#lexer.take();
      negate = true;
    }
    const commands = [this.command()];
    for (;;) {
      const t = this.#lexer.peek();
      if (!(t.kind === 'op' && (t.op === '|' || t.op === '|&'))) break;
      this.#lexer.take();
      this.#lexer.skipNewlines();
      if (t.op === '|&') commands[commands.length - 1] = withStderrToPipe(commands[commands.length - 1]!);
      commands.push(this.command());
    }
    if (commands.length === 1 && !negate) return commands[0]!;
    return { type: 'pipeline', commands, negate, line: first.line };
  }

  /** @internal One command: compound, function definition or simple. */
  command(): Command {
    const t = this.#lexer.peek();
    if (t.kind === 'op' && t.op === '(') {
      this.#lexer.take();
      if (this.dialect === 'bash' && this.src.peek() === '(') {
        this.src.next();
        const expr = scanArithmetic(this.src, this);
        return { type: 'arith-command', expr, redirects: this.redirects(), line: t.line };
      }
      const body = this.compoundList();
      this.expectOp(')');
      return { type: 'subshell', body, redirects: this.redirects(), line: t.line };
    }
    if (t.kind === 'word' && this.#lexer.isKeyword(t)) {
      switch (wordText(t)) {
        case '{': {
          this.#lexer.take();
          const body = this.compoundList();
          this.expectKeyword('}');
          return { type: 'group', body, redirects: this.redirects(), line: t.line };
        }
        case 'if':
          return parseIf(this, this.#lexer);
        case 'while':
        case 'until':
          return parseLoop(this, this.#lexer, wordText(t) === 'until');
        case 'for':
          return parseFor(this, this.#lexer);
        case 'case':
          return parseCase(this, this.#lexer);
        case 'function':
          return parseFunctionKeyword(this, this.#lexer);
        case '[[':
          return parseCond(this, this.#lexer);
        default:
          throw this.unexpected(t);
      }
    }
    return this.#simple();
  }

  /** @internal The redirections after a compound command. */
  redirects(): Redirect[] {
    const out: Redirect[] = [];
    while (this.#lexer.peek().kind === 'redir') out.push(this.#redirect());
    return out;
  }

  #redirect(): Redirect {
    const t = this.#lexer.take() as Extract<Token, { kind: 'redir' }>;
    const target = this.#lexer.take();
    if (target.kind !== 'word') throw this.unexpected(target);
    const input = t.op.startsWith('<') && t.op !== '<>';
    const fd = t.fd ?? (input || t.op === '<>' ? 0 : 1);
    if (t.op === '<<' || t.op === '<<-') {
      const redirect: Redirect & { here?: { body: Word; expand: boolean } } = { op: '<<', fd, target: target.word };
      this.#lexer.hereDocument(redirect as { here?: { body: Word; expand: boolean } }, target.word, t.op === '<<-');
      return redirect;
    }
    return { op: t.op, fd, target: target.word };
  }

  #simple(): Command {
    const first = this.#lexer.peek();
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const t = this.#lexer.peek();
      if (t.kind === 'redir') {
        redirects.push(this.#redirect());
        continue;
      }
      if (t.kind !== 'word') break;
      if (words.length === 0) {
        const assignment = this.#assignment(t.word);
        if (assignment) {
          this.#lexer.take();
          assignments.push(assignment);
          continue;
        }
      }
      this.#lexer.take();
      words.push(t.word);
      if (words.length === 1 && assignments.length === 0 && redirects.length === 0) {
        const p = this.#lexer.peek();
        if (p.kind === 'op' && p.op === '(' && isPlain(t.word)) return this.#functionDef(t.word, t.line);
      }
    }
    if (assignments.length === 0 && words.length === 0 && redirects.length === 0) throw this.unexpected(this.#lexer.peek());
    const command: SimpleCommand = { type: 'simple', assignments, words, redirects, line: first.line };
    return command;
  }

  #functionDef(name: Word, line: number): Command {
    this.#lexer.take();
    this.expectOp(')');
    this.#lexer.skipNewlines();
    return { type: 'function', name: name.text, body: this.command(), line };
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

/** `a |& b` is `a 2>&1 | b`. */
function withStderrToPipe(command: Command): Command {
  const dup: Redirect = { op: '>&', fd: 2, target: { parts: [{ type: 'literal', text: '1' }], text: '1' } };
  if (command.type === 'simple') return { ...command, redirects: [...command.redirects, dup] };
  if ('redirects' in command) return { ...command, redirects: [...command.redirects, dup] } as Command;
  return command;
}

