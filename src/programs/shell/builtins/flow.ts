/**
 * @module
 * Builtins that steer the shell: `:`, `true`, `false`, `exit`, `return`, `break`, `continue`,
 * `eval`, `.`/`source`, `exec`, `shift` and `times`.
 */
import { resolvePath } from '../../process/paths.js';
import { ExecError, FsError } from '../../types.js';
import type { Builtin, BuiltinFn } from '../builtin.js';
import { FunctionReturn, LoopControl, ShellAbort, ShellExit } from '../control.js';
import type { Interpreter } from '../interpreter.js';
import { execFailed } from '../simple-command.js';

/** Parses a status or count argument; reports and aborts like the shell when it is not a number. */
export function numberArg(sh: Interpreter, text: string, fatalStatus = 2): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (sh.bash && /^-\d+$/.test(text)) return Number(text);
  sh.report({ kind: 'illegal-number', text });
  throw new ShellAbort(fatalStatus);
}

const exit: BuiltinFn = async (sh, argv) => {
  let status = sh.state.status;
  if (argv[1] !== undefined) {
    if (sh.bash && !/^-?\d+$/.test(argv[1])) {
      sh.report({ kind: 'illegal-number', text: argv[1] });
      throw new ShellExit(2);
    }
    status = numberArg(sh, argv[1]);
  }
  if (sh.bash && sh.interactive) sh.active.output(2).write('exit\n');
  throw new ShellExit(status & 0xff);
};

const ret: BuiltinFn = async (sh, argv) => {
  const status = argv[1] !== undefined ? numberArg(sh, argv[1]) & 0xff : sh.state.status;
  if (sh.functions === 0 && sh.script === undefined && sh.bash) {
    sh.error("can only `return' from a function or sourced script");
    return 2;
  }
  throw new FunctionReturn(status);
};

const loopControl =
  (kind: 'break' | 'continue'): BuiltinFn =>
  async (sh, argv) => {
    const levels = argv[1] !== undefined ? numberArg(sh, argv[1]) : 1;
    if (levels < 1) {
      sh.error(sh.bash ? `${argv[1]}: loop count out of range` : `Illegal number: ${argv[1]}`);
      return 1;
    }
    if (sh.loops === 0) {
      if (sh.bash) sh.error("only meaningful in a `for', `while', or `until' loop");
      return 0;
    }
    throw new LoopControl(kind, Math.min(levels, sh.loops));
  };

const evalCmd: BuiltinFn = async (sh, argv) => {
  const text = argv.slice(1).join(' ');
  if (text.trim() === '') return 0;
  // ash and dash keep reporting errors as coming from `eval`; bash does not.
  const saved = sh.builtinName;
  if (sh.bash) sh.builtinName = undefined;
  try {
    return await sh.runText(text);
  } finally {
    sh.builtinName = saved;
  }
};

const source: BuiltinFn = async (sh, argv) => {
  const name = argv[1];
  if (name === undefined) {
    if (sh.bash) {
      sh.error('filename argument required');
      sh.active.output(2).write(`${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
      return 2;
    }
    return 0;
  }
  const file = findDotFile(sh, name);
  let text: string;
  try {
    if (file === undefined) throw new FsError('ENOENT', 'open', name);
    text = new TextDecoder().decode(sh.fs.readFile(resolvePath(sh.state.cwd, file)));
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    if (sh.bash) {
      sh.error(`${name}: ${error.description}`);
      return 1;
    }
    sh.error(sh.flavour.name === 'dash' ? `cannot open ${name}: No such file` : `can't open '${name}': ${error.description}`);
    throw new ShellAbort(sh.flavour.name === 'dash' ? 2 : 1);
  }
  const savedParams = sh.state.positional;
  if (argv.length > 2) sh.state.positional = argv.slice(2);
  const savedBuiltin = sh.builtinName;
  sh.builtinName = undefined;
  try {
    return await sh.runText(text, { script: file, line: 1 });
  } catch (error) {
    if (error instanceof FunctionReturn) return error.status;
    throw error;
  } finally {
    sh.builtinName = savedBuiltin;
    if (argv.length > 2) sh.state.positional = savedParams;
  }
};

/** `.` looks names without `/` up in PATH (bash also falls back to the current directory). */
function findDotFile(sh: Interpreter, name: string): string | undefined {
  if (name.includes('/')) return name;
  for (const dir of (sh.state.get('PATH') ?? '').split(':')) {
    const path = `${dir || '.'}/${name}`;
    try {
      if (sh.fs.stat(resolvePath(sh.state.cwd, path)).kind === 'file') return path;
    } catch {
      continue;
    }
  }
  return sh.bash && sh.fs.exists(resolvePath(sh.state.cwd, name)) ? name : undefined;
}

const exec: BuiltinFn = async (sh, argv, io) => {
  const args = argv[1] === '--' ? argv.slice(2) : argv.slice(1);
  if (args.length === 0) {
    sh.fds = io.fds; // `exec 3>file`, `exec >log 2>&1`: the redirections stay
    return 0;
  }
  const env = sh.state.environment();
  try {
    return sh.ctx.execve(args, { env, cwd: sh.state.cwd, stdin: io.fds.input(0), stdout: io.fds.output(1), stderr: io.fds.output(2) });
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    const status = await execFailed(sh, args, error, io.fds);
    if (!sh.interactive) throw new ShellExit(status);
    return status;
  }
};

const shift: BuiltinFn = async (sh, argv) => {
  const n = argv[1] !== undefined ? numberArg(sh, argv[1]) : 1;
  if (n > sh.state.positional.length) {
    if (sh.bash) return 1;
    sh.error("can't shift that many");
    throw new ShellAbort(2);
  }
  sh.state.positional = sh.state.positional.slice(n);
  return 0;
};

const times: BuiltinFn = async (_sh, _argv, io) => {
  io.out('0m0.000s 0m0.000s\n0m0.000s 0m0.000s\n');
  return 0;
};

/** The flow-control builtins. */
export const FLOW: { readonly [name: string]: Builtin } = {
  ':': { run: async () => 0, special: true },
  true: { run: async () => 0 },
  false: { run: async () => 1 },
  exit: { run: exit, special: true },
  return: { run: ret, special: true },
  break: { run: loopControl('break'), special: true },
  continue: { run: loopControl('continue'), special: true },
  eval: { run: evalCmd, special: true },
  '.': { run: source, special: true },
  source: { run: source, special: true },
  exec: { run: exec, special: true },
  shift: { run: shift, special: true },
  times: { run: times, special: true },
};
