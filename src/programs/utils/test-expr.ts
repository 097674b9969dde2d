/**
 * @module
 * The `test` / `[` expression language (POSIX `test`, with the 0–4 argument rules): file tests
 * (`-e -f -d -s -r -w -x -L`…), string and integer comparisons, `!`, `-a`, `-o` and parentheses.
 * One evaluator for the busybox applet, the ash/dash/bash builtins and GNU `test`; only their
 * error messages differ (`sh: 1: [: Illegal number: x`, `[: x: integer expression expected`…).
 */
import { canExecute } from '../process/resolve.js';
import { resolvePath } from '../process/paths.js';
import type { FileStat, ProcessFs, ProcessUser } from '../types.js';

/** Whose wording errors take. */
export type TestDialect = 'busybox' | 'bash' | 'dash' | 'gnu';

/** What file tests look at. */
export interface TestEnv {
  readonly fs: ProcessFs;
  readonly cwd: string;
  readonly user: ProcessUser;
  /** `-t fd`. */
  isatty(fd: number): boolean;
}

/** A malformed expression: exit status 2 and `message`. */
export class TestSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TestSyntaxError';
  }
}

const UNARY = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-S', '-p', '-b', '-c', '-g', '-u', '-k', '-t', '-n', '-z', '-O', '-G', '-a']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '-a', '-o']);

const quoteGnu = (s: string): string => `'${s}'`;

function messages(dialect: TestDialect) {
  return {
    integer: (s: string) =>
      dialect === 'bash' ? `${s}: integer expression expected` : dialect === 'dash' ? `Illegal number: ${s}` : dialect === 'gnu' ? `invalid integer ${quoteGnu(s)}` : `${s}: bad number`,
    extra: (s: string) => (dialect === 'bash' ? 'too many arguments' : dialect === 'dash' ? `${s}: unexpected operator` : dialect === 'gnu' ? `extra argument ${quoteGnu(s)}` : `${s}: unknown operand`),
    unary: (s: string) => (dialect === 'gnu' ? `${quoteGnu(s)}: unary operator expected` : dialect === 'busybox' ? `${s}: unknown operand` : `${s}: unary operator expected`),
    argument: (op: string) => (dialect === 'busybox' ? `${op}: argument expected` : dialect === 'gnu' ? `missing argument after ${quoteGnu(op)}` : 'argument expected'),
    paren: () => (dialect === 'bash' ? "`)' expected" : dialect === 'gnu' ? "')' expected" : 'closing paren expected'),
  };
}

/** Evaluates `args` (without the `[`/`]` brackets). Throws {@link TestSyntaxError}. */
export function evaluateTest(args: readonly string[], env: TestEnv, dialect: TestDialect): boolean {
  const msg = messages(dialect);
  let negate = false;
  let a = [...args];
  for (;;) {
    if (a.length === 0) return negate;
    if (a.length === 1) return (a[0] !== '') !== negate;
    if (a.length === 2 && a[0] !== '!' && !UNARY.has(a[0]!) && a[0] !== '(') throw new TestSyntaxError(msg.unary(a[0]!));
    if (a.length === 3 && BINARY.has(a[1]!) && a[1] !== '-a' && a[1] !== '-o') return binary(a[0]!, a[1]!, a[2]!, env, dialect) !== negate;
    if (a.length === 3 && a[0] === '(' && a[2] === ')') return (a[1] !== '') !== negate;
    if (a.length === 4 && a[0] === '(' && a[3] === ')') a = a.slice(1, 3);
    if (a[0] === '!' && a.length <= 4) {
      negate = !negate;
      a = a.slice(1);
      continue;
    }
    break;
  }
  const parser = new Expr(a, env, dialect);
  const value = parser.or();
  if (parser.pos < a.length) throw new TestSyntaxError(msg.extra(a[parser.pos]!));
  return value !== negate;
}

class Expr {
  pos = 0;
  readonly #args: readonly string[];
  readonly #env: TestEnv;
  readonly #dialect: TestDialect;

  constructor(args: readonly string[], env: TestEnv, dialect: TestDialect) {
    this.#args = args;
    this.#env = env;
    this.#dialect = dialect;
  }

  or(): boolean {
    let v = this.and();
    while (this.#args[this.pos] === '-o') {
      this.pos++;
      const r = this.and();
      v = v || r;
    }
    return v;
  }

  and(): boolean {
    let v = this.not();
    while (this.#args[this.pos] === '-a') {
      this.pos++;
      const r = this.not();
      v = v && r;
    }
    return v;
  }

  not(): boolean {
    if (this.#args[this.pos] === '!') {
      this.pos++;
      return !this.not();
    }
    return this.primary();
  }

  primary(): boolean {
    const args = this.#args;
    const msg = messages(this.#dialect);
    const t = args[this.pos];
    if (t === undefined) throw new TestSyntaxError(msg.argument(args[this.pos - 1] ?? ''));
    if (t === '(' && args[this.pos + 2] !== undefined && !BINARY.has(args[this.pos + 1] ?? '')) {
      this.pos++;
      const v = this.or();
      if (args[this.pos] !== ')') throw new TestSyntaxError(msg.paren());
      this.pos++;
      return v;
    }
    const next = args[this.pos + 1];
    if (next !== undefined && BINARY.has(next) && next !== '-a' && next !== '-o' && args[this.pos + 2] !== undefined) {
      this.pos += 3;
      return binary(t, next, args[this.pos - 1]!, this.#env, this.#dialect);
    }
    if (UNARY.has(t) && t !== '-a' && next !== undefined) {
      this.pos += 2;
      return unary(t, next, this.#env, this.#dialect);
    }
    if (UNARY.has(t) && t !== '-a' && next === undefined && this.pos > 0) throw new TestSyntaxError(msg.argument(t));
    this.pos++;
    return t !== '';
  }
}

function stat(env: TestEnv, path: string, follow = true): FileStat | undefined {
  if (path === '') return undefined;
  try {
    const abs = resolvePath(env.cwd, path);
    return follow ? env.fs.stat(abs) : env.fs.lstat(abs);
  } catch {
    return undefined;
  }
}

function allowed(s: FileStat, user: ProcessUser, bit: 4 | 2): boolean {
  if (user.uid === 0) return true;
  const shift = s.uid === user.uid ? 6 : s.gid === user.gid ? 3 : 0;
  return ((s.mode >> shift) & bit) !== 0;
}

function unary(op: string, arg: string, env: TestEnv, dialect: TestDialect): boolean {
  switch (op) {
    case '-n':
      return arg !== '';
    case '-z':
      return arg === '';
    case '-t':
      return env.isatty(toInt(arg, dialect));
    case '-L':
    case '-h':
      return stat(env, arg, false)?.kind === 'symlink';
  }
  const s = stat(env, arg);
  if (!s) return false;
  switch (op) {
    case '-e':
      return true;
    case '-f':
      return s.kind === 'file';
    case '-d':
      return s.kind === 'directory';
    case '-s':
      return s.size > 0 && s.kind === 'file';
    case '-r':
      return allowed(s, env.user, 4);
    case '-w':
      return allowed(s, env.user, 2);
    case '-x':
      return s.kind === 'directory' ? env.user.uid === 0 || (s.mode & 0o111) !== 0 : canExecute(s, env.user);
    case '-u':
      return (s.mode & 0o4000) !== 0;
    case '-g':
      return (s.mode & 0o2000) !== 0;
    case '-k':
      return (s.mode & 0o1000) !== 0;
    case '-O':
      return s.uid === env.user.uid;
    case '-G':
      return s.gid === env.user.gid;
    default:
      return false; // -S -p -b -c: no sockets, fifos or devices in the simulated tree
  }
}

function toInt(s: string, dialect: TestDialect): number {
  const t = s.trim();
  if (!/^[+-]?\d+$/.test(t)) throw new TestSyntaxError(messages(dialect).integer(s));
  return Number(t);
}

function binary(a: string, op: string, b: string, env: TestEnv, dialect: TestDialect): boolean {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '-eq':
      return toInt(a, dialect) === toInt(b, dialect);
    case '-ne':
      return toInt(a, dialect) !== toInt(b, dialect);
    case '-lt':
      return toInt(a, dialect) < toInt(b, dialect);
    case '-le':
      return toInt(a, dialect) <= toInt(b, dialect);
    case '-gt':
      return toInt(a, dialect) > toInt(b, dialect);
    case '-ge':
      return toInt(a, dialect) >= toInt(b, dialect);
    case '-nt':
    case '-ot': {
      const sa = stat(env, a);
      const sb = stat(env, b);
      if (op === '-nt') return sa !== undefined && (sb === undefined || sa.mtime > sb.mtime);
      return sb !== undefined && (sa === undefined || sa.mtime < sb.mtime);
    }
    case '-ef': {
      try {
        return env.fs.realpath(resolvePath(env.cwd, a)) === env.fs.realpath(resolvePath(env.cwd, b));
      } catch {
        return false;
      }
    }
    default:
      return false;
  }
}
