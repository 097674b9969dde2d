/**
 * @module
 * Finding out what a name runs: `type`, `command` (`-v`, `-V`, or running a command past
 * functions), `builtin` (bash) and `hash`. Lookup order is the shell's: keyword, function,
 * builtin, then the first executable in `PATH`.
 */
import { lookPath } from '../../process/resolve.js';
import { ExecError } from '../../types.js';
import type { Builtin, BuiltinFn } from '../builtin.js';
import type { Interpreter } from '../interpreter.js';
import { dispatch } from '../simple-command.js';

const KEYWORDS = ['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while', '{', '}'];
const BASH_KEYWORDS = [...KEYWORDS, '[[', ']]', 'function', 'select', 'time', 'coproc'];

/** What a command name refers to. */
export type CommandKind = { kind: 'keyword' } | { kind: 'function' } | { kind: 'builtin'; special: boolean } | { kind: 'file'; path: string } | { kind: 'none' };

/** Looks `name` up as the shell would run it. */
export function describe(sh: Interpreter, name: string): CommandKind {
  const keywords = sh.bash ? BASH_KEYWORDS : sh.flavour.name === 'ash' ? [...KEYWORDS, 'function'] : KEYWORDS;
  if (keywords.includes(name)) return { kind: 'keyword' };
  if (sh.state.functions.has(name)) return { kind: 'function' };
  const builtin = sh.builtins.get(name);
  if (builtin) return { kind: 'builtin', special: builtin.special === true };
  try {
    return { kind: 'file', path: lookPath(sh.fs, name, { path: sh.state.get('PATH'), cwd: sh.state.cwd, user: sh.ctx.user, search: 'shell' }) };
  } catch (error) {
    if (error instanceof ExecError) return { kind: 'none' };
    throw error;
  }
}

/** `type`'s sentence for `name`, or undefined when not found. */
function verbose(sh: Interpreter, name: string, found: CommandKind): string | undefined {
  switch (found.kind) {
    case 'keyword':
      return `${name} is a shell keyword`;
    case 'function':
      return sh.flavour.name === 'dash' ? `${name} is a shell function` : `${name} is a function`;
    case 'builtin':
      return `${name} is a ${found.special && !sh.bash ? 'special ' : ''}shell builtin`;
    case 'file':
      return `${name} is ${name.includes('/') ? name : found.path}`;
    default:
      return undefined;
  }
}

const type: BuiltinFn = async (sh, argv, io) => {
  let names = argv.slice(1);
  let mode: 'verbose' | 't' | 'p' = 'verbose';
  while (names[0]?.startsWith('-') && names[0].length > 1) {
    const flag = names.shift()!;
    if (flag === '--') break;
    if (flag.includes('t')) mode = 't';
    else if (flag.includes('p') || flag.includes('P')) mode = 'p';
  }
  let status = 0;
  for (const name of names) {
    const found = describe(sh, name);
    if (mode === 't') {
      if (found.kind === 'none') status = 1;
      else io.out(`${found.kind}\n`);
      continue;
    }
    if (mode === 'p') {
      if (found.kind === 'file') io.out(`${found.path}\n`);
      else if (found.kind === 'none') status = 1;
      continue;
    }
    const line = verbose(sh, name, found);
    if (line !== undefined) io.out(`${line}\n`);
    else if (sh.bash) {
      sh.error(`${name}: not found`);
      status = 1;
    } else {
      io.out(`${name}: not found\n`);
      status = 127;
    }
  }
  return status;
};

const command: BuiltinFn = async (sh, argv, io) => {
  let args = argv.slice(1);
  let mode: 'run' | 'v' | 'V' = 'run';
  while (args[0]?.startsWith('-') && args[0].length > 1) {
    const flag = args.shift()!;
    if (flag === '--') break;
    if (flag.includes('V')) mode = 'V';
    else if (flag.includes('v')) mode = 'v';
  }
  if (args.length === 0) return 0;
  if (mode === 'run') return dispatch(sh, args, [], io.fds, { noFunctions: true });
  let status = 0;
  for (const name of args) {
    const found = describe(sh, name);
    if (found.kind === 'none') {
      if (mode === 'V') sh.bash ? sh.error(`${name}: not found`) : io.out(`${name}: not found\n`);
      status = sh.bash ? 1 : 127;
      continue;
    }
    io.out(`${mode === 'V' ? verbose(sh, name, found)! : found.kind === 'file' ? found.path : name}\n`);
  }
  return status;
};

const builtin: BuiltinFn = async (sh, argv, io) => (argv.length < 2 ? 0 : dispatch(sh, argv.slice(1), [], io.fds, { onlyBuiltins: true }));

const hash: BuiltinFn = async (sh, argv) => {
  let status = 0;
  for (const name of argv.slice(1)) {
    if (name.startsWith('-')) continue;
    if (describe(sh, name).kind === 'none') {
      sh.error(`${name}: not found`);
      status = 1;
    }
  }
  return status;
};

/** Lookup builtins. */
export const LOOKUP: { readonly [name: string]: Builtin } = {
  type: { run: type },
  command: { run: command },
  hash: { run: hash },
};

/** bash's `builtin`. */
export const BASH_LOOKUP: { readonly [name: string]: Builtin } = { builtin: { run: builtin } };
