/**
 * @module
 * Process-attribute builtins: `umask` (octal and `-S` symbolic) and `ulimit` (the limits a
 * default Docker container reports).
 */
import type { Builtin, BuiltinFn } from '../builtin.js';

const symbolic = (mask: number): string => {
  const perms = (bits: number): string => `${bits & 4 ? 'r' : ''}${bits & 2 ? 'w' : ''}${bits & 1 ? 'x' : ''}`;
  const allowed = ~mask & 0o777;
  return `u=${perms(allowed >> 6)},g=${perms((allowed >> 3) & 7)},o=${perms(allowed & 7)}`;
};

const umask: BuiltinFn = async (sh, argv, io) => {
  const args = argv.slice(1);
  const current = parseInt(sh.state.get('__UMASK') ?? '022', 8);
  if (args[0] === '-S') {
    io.out(`${symbolic(current)}\n`);
    return 0;
  }
  if (args.length === 0) {
    io.out(`${current.toString(8).padStart(4, '0')}\n`);
    return 0;
  }
  if (!/^[0-7]{1,4}$/.test(args[0]!)) {
    sh.error(sh.bash ? `${args[0]}: octal number out of range` : `Illegal mode: ${args[0]}`);
    return 1;
  }
  sh.state.set('__UMASK', args[0]!);
  return 0;
};

const LIMITS: { readonly [flag: string]: string } = { '-n': '1048576', '-u': 'unlimited', '-s': '8192', '-c': '0', '-f': 'unlimited', '-v': 'unlimited' };

const ulimit: BuiltinFn = async (_sh, argv, io) => {
  const flag = argv.slice(1).find((a) => a.startsWith('-') && a !== '-S' && a !== '-H') ?? '-f';
  io.out(`${LIMITS[flag] ?? 'unlimited'}\n`);
  return 0;
};

/** Process attribute builtins. */
export const MISC: { readonly [name: string]: Builtin } = {
  umask: { run: umask },
  ulimit: { run: ulimit },
};
