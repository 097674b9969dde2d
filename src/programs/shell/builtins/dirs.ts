/**
 * @module
 * `cd` and `pwd`: the logical working directory (`..` taken lexically, `-P` resolving links),
 * `cd -` printing where it went, `$PWD`/`$OLDPWD` kept in step, and each shell's failure words
 * (`can't cd to /x: No such file or directory`, `cd: /x: No such file or directory`).
 */
import { resolvePath } from '../../process/paths.js';
import { FsError } from '../../types.js';
import type { Builtin, BuiltinFn } from '../builtin.js';

const cd: BuiltinFn = async (sh, argv, io) => {
  let args = argv.slice(1);
  let physical = false;
  while (args[0] === '-P' || args[0] === '-L') physical = args.shift() === '-P';
  if (args[0] === '--') args = args.slice(1);
  if (args.length > 1 && sh.bash) {
    sh.error('too many arguments');
    return 1;
  }
  let target = args[0];
  let print = false;
  if (target === undefined) {
    target = sh.state.get('HOME');
    if (target === undefined) {
      if (sh.bash) {
        sh.error('HOME not set');
        return 1;
      }
      return 0;
    }
  } else if (target === '-') {
    target = sh.state.get('OLDPWD');
    if (target === undefined) {
      sh.error(sh.bash ? 'OLDPWD not set' : "can't cd to -");
      return sh.bash ? 1 : 2;
    }
    print = true;
  }
  let dest = resolvePath(sh.state.cwd, target === '' ? '.' : target);
  try {
    const stat = sh.fs.stat(dest);
    if (stat.kind !== 'directory') throw new FsError('ENOTDIR', 'chdir', dest);
    if (physical) dest = sh.fs.realpath(dest);
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    const why = error.description;
    if (sh.bash) sh.error(`${target}: ${why}`);
    else if (sh.flavour.name === 'dash') sh.error(`can't cd to ${target}`);
    else sh.error(`can't cd to ${target}: ${why}`);
    return sh.bash ? 1 : 2;
  }
  const old = sh.state.cwd;
  sh.state.cwd = dest;
  sh.state.set('OLDPWD', old);
  sh.state.set('PWD', dest);
  if (print) io.out(`${dest}\n`);
  return 0;
};

const pwd: BuiltinFn = async (sh, argv, io) => {
  let cwd = sh.state.cwd;
  if (argv.includes('-P')) {
    try {
      cwd = sh.fs.realpath(cwd);
    } catch {
      // a removed directory: print the logical one
    }
  }
  io.out(`${cwd}\n`);
  return 0;
};

/** Directory builtins. */
export const DIRS: { readonly [name: string]: Builtin } = {
  cd: { run: cd },
  chdir: { run: cd },
  pwd: { run: pwd },
};
