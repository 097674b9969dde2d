/**
 * @module
 * Builtins that read and write: `echo`, `printf`, `read`, and `test`/`[` (plus busybox's `[[`,
 * which ash runs as a builtin). busybox's builtins report errors as its applets do
 * (`sh: invalid number 'x'`); bash and dash prefix the builtin's name.
 */
import { baseName } from '../../process/paths.js';
import type { ProcessInput } from '../../types.js';
import { echoText } from '../../utils/echo.js';
import { printf, type PrintfDialect } from '../../utils/printf.js';
import { evaluateTest, TestSyntaxError, type TestDialect } from '../../utils/test-expr.js';
import type { Builtin, BuiltinFn } from '../builtin.js';
import { splitIfs } from '../expand.js';
import type { Interpreter } from '../interpreter.js';

/** Reports an error of a busybox applet run as an ash builtin (`sh: …`), or a builtin error otherwise. */
export function appletError(sh: Interpreter, message: string): void {
  if (sh.flavour.name === 'ash') sh.active.output(2).write(`${baseName(sh.ctx.argv[0] ?? 'sh')}: ${message}\n`);
  else sh.error(message);
}

const echo: BuiltinFn = async (sh, argv, io) => {
  io.out(echoText(argv.slice(1), sh.flavour.name === 'dash' ? 'dash' : 'standard'));
  return 0;
};

const printfCmd: BuiltinFn = async (sh, argv, io) => {
  let args = argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  let target: string | undefined;
  if (sh.bash && args[0] === '-v') {
    target = args[1];
    args = args.slice(2);
  }
  if (args.length === 0) {
    if (sh.bash) sh.error('usage: printf [-v var] format [arguments]');
    else appletError(sh, sh.flavour.name === 'dash' ? 'usage: printf format [arg ...]' : 'usage: printf FORMAT [ARGUMENT]...');
    return sh.bash ? 2 : 1;
  }
  const dialect: PrintfDialect = sh.bash ? 'bash' : sh.flavour.name === 'dash' ? 'dash' : 'busybox';
  const result = printf(args[0]!, args.slice(1), dialect);
  if (target !== undefined) sh.state.set(target, result.text);
  else io.out(result.text);
  for (const e of result.errors) appletError(sh, e);
  return result.errors.length > 0 ? 1 : 0;
};

const test: BuiltinFn = async (sh, argv) => {
  const dialect: TestDialect = sh.bash ? 'bash' : sh.flavour.name === 'dash' ? 'dash' : 'busybox';
  let args = argv.slice(1);
  if (argv[0] === '[' || argv[0] === '[[') {
    const close = argv[0] === '[' ? ']' : ']]';
    if (args[args.length - 1] !== close) {
      appletError(sh, dialect === 'bash' ? "missing `]'" : `missing ${close}`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  const env = { fs: sh.fs, cwd: sh.state.cwd, user: sh.ctx.user, isatty: (fd: number) => sh.active.output(fd).isTTY };
  try {
    return evaluateTest(args, env, dialect) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TestSyntaxError)) throw error;
    appletError(sh, error.message);
    return 2;
  }
};

const read: BuiltinFn = async (sh, argv, io) => {
  let raw = false;
  let prompt: string | undefined;
  let timeout: number | undefined;
  let delimiter = '\n';
  const names: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (names.length === 0 && /^-[rsp tdnu]/.test(a) && a.length > 1) {
      if (a === '-r') raw = true;
      else if (a === '-s') continue;
      else if (a === '-p') prompt = args[++i];
      else if (a === '-t') timeout = Number(args[++i]) * 1000;
      else if (a === '-d') delimiter = (args[++i] ?? '')[0] ?? '\0';
      else if (a === '-n' || a === '-u') i++;
      else if (a === '-rs' || a === '-sr') raw = true;
      continue;
    }
    names.push(a);
  }
  const explicit = names.length > 0;
  if (!explicit) names.push('REPLY');
  if (prompt !== undefined && (io.stdin.isTTY ?? false)) io.err(prompt);
  let line = await readRecord(sh, io.stdin, delimiter, timeout);
  if (line === null) {
    for (const n of names) sh.state.set(n, '');
    return 1;
  }
  // Without -r a trailing backslash continues the line.
  while (!raw && /(^|[^\\])(\\\\)*\\$/.test(line.text) && delimiter === '\n') {
    const more = await readRecord(sh, io.stdin, delimiter, timeout);
    line = { text: line.text.slice(0, -1) + (more?.text ?? ''), eof: more === null || more.eof };
    if (more === null) break;
  }
  let text = line.text;
  if (!raw) text = text.replace(/\\(.)/g, '$1');
  const ifs = sh.state.get('IFS') ?? ' \t\n';
  if (!explicit) {
    sh.state.set('REPLY', text);
    return line.eof ? 1 : 0;
  }
  assignFields(sh, names, text, ifs);
  return line.eof ? 1 : 0;
};

/** Reads up to `delimiter`; `eof` when the input ended first (the partial text is still assigned). */
async function readRecord(sh: Interpreter, input: ProcessInput, delimiter: string, timeout: number | undefined): Promise<{ text: string; eof: boolean } | null> {
  const readLine = async (): Promise<{ text: string; eof: boolean } | null> => {
    if (delimiter === '\n') {
      const line = await input.readLine();
      return line === null ? null : { text: line, eof: false };
    }
    const all = new TextDecoder().decode(await input.readAll());
    const at = all.indexOf(delimiter);
    return at < 0 ? (all === '' ? null : { text: all, eof: true }) : { text: all.slice(0, at), eof: false };
  };
  if (timeout === undefined) return readLine();
  let cancel = (): void => {};
  const timer = new Promise<null>((resolve) => (cancel = sh.ctx.clock.timer(timeout, () => resolve(null))));
  const result = await Promise.race([readLine(), timer]);
  cancel();
  return result;
}

/** Splits `text` on IFS into `names`; the last name takes the rest of the line. */
function assignFields(sh: Interpreter, names: readonly string[], text: string, ifs: string): void {
  const ws = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n').join('');
  let rest = text.replace(new RegExp(`^[${escapeClass(ws)}]+`), '');
  for (let i = 0; i < names.length; i++) {
    if (i === names.length - 1) {
      sh.state.set(names[i]!, rest.replace(new RegExp(`[${escapeClass(ws)}]+$`), ''));
      break;
    }
    const fields = splitIfs(rest, ifs).fields;
    const first = fields[0] ?? '';
    sh.state.set(names[i]!, first);
    let at = rest.indexOf(first) + first.length;
    while (at < rest.length && ws.includes(rest[at]!)) at++;
    if (at < rest.length && ifs.includes(rest[at]!) && !ws.includes(rest[at]!)) at++;
    while (at < rest.length && ws.includes(rest[at]!)) at++;
    rest = rest.slice(at);
  }
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&') || '\\s';
}

/** I/O builtins. */
export const IO: { readonly [name: string]: Builtin } = {
  echo: { run: echo },
  printf: { run: printfCmd },
  test: { run: test },
  '[': { run: test },
  read: { run: read },
};

/** busybox ash also has `[[` as a builtin (bash parses it as a keyword). */
export const ASH_TEST2: { readonly [name: string]: Builtin } = { '[[': { run: test } };
