/**
 * @module
 * Builtins over variables and options: `export`, `readonly`, `unset`, `local`, `set`,
 * `declare`/`typeset` (bash), `let` and `getopts`, with each shell's listing formats
 * (`export NAME='value'` in ash and dash, `declare -x NAME="value"` in bash).
 */
import type { Builtin, BuiltinFn, BuiltinIo } from '../builtin.js';
import { ShellAbort } from '../control.js';
import type { Interpreter } from '../interpreter.js';
import { OPTION_LETTERS, type ShellOptions, type Variable } from '../state.js';
import { assign } from '../simple-command.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `'value'` as ash prints values (`'\''` for quotes). */
export function singleQuote(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

/** `"value"` as bash's `declare -p` prints values. */
function doubleQuote(value: string): string {
  return `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

function sortedVars(sh: Interpreter, pick: (v: Variable) => boolean): [string, Variable][] {
  return [...sh.state.vars].filter(([, v]) => pick(v)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function badName(sh: Interpreter, name: string): number {
  sh.report({ kind: 'bad-name', name });
  if (sh.bash) return 1;
  throw new ShellAbort(2);
}

function listDeclared(sh: Interpreter, io: BuiltinIo, attribute: 'exported' | 'readonly'): void {
  const word = attribute === 'exported' ? 'export' : 'readonly';
  for (const [name, v] of sortedVars(sh, (v) => v[attribute])) {
    if (sh.bash) io.out(`declare -${attribute === 'exported' ? (v.readonly ? 'rx' : 'x') : v.exported ? 'rx' : 'r'} ${name}${v.value === undefined ? '' : `=${doubleQuote(v.value)}`}\n`);
    else io.out(`${word} ${name}${v.value === undefined ? '' : `=${singleQuote(v.value)}`}\n`);
  }
}

const declareAttr =
  (attribute: 'exported' | 'readonly'): BuiltinFn =>
  async (sh, argv, io) => {
    let args = argv.slice(1);
    let remove = false;
    while (args[0]?.startsWith('-') && args[0] !== '-' ) {
      const flag = args.shift()!;
      if (flag === '--') break;
      if (flag === '-p') continue;
      if (flag === '-n' && attribute === 'exported') remove = true;
      else if (flag === '-f') continue;
      else {
        sh.error(sh.bash ? `${flag}: invalid option` : `illegal option ${flag}`);
        return 2;
      }
    }
    if (args.length === 0) {
      listDeclared(sh, io, attribute);
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq).replace(/\+$/, '');
      if (!NAME.test(name)) {
        status = badName(sh, eq < 0 ? arg : sh.bash ? arg : name);
        continue;
      }
      if (eq >= 0) assign(sh, name, arg.slice(eq + 1), arg[eq - 1] === '+');
      let v = sh.state.vars.get(name);
      if (!v) sh.state.vars.set(name, (v = { value: undefined, exported: false, readonly: false }));
      if (attribute === 'exported') v.exported = !remove;
      else v.readonly = true;
    }
    return status;
  };

const unset: BuiltinFn = async (sh, argv) => {
  let functions = false;
  let args = argv.slice(1);
  while (args[0] === '-f' || args[0] === '-v') {
    functions = args.shift() === '-f';
  }
  let status = 0;
  for (const name of args) {
    if (functions) {
      sh.state.functions.delete(name);
      continue;
    }
    const v = sh.state.vars.get(name);
    if (v?.readonly) {
      sh.error(sh.bash ? `${name}: cannot unset: readonly variable` : `${name}: is read only`);
      status = 1;
      if (!sh.bash) throw new ShellAbort(2);
      continue;
    }
    if (!sh.state.vars.has(name) && !NAME.test(name) && sh.bash) {
      sh.error(`\`${name}': not a valid identifier`);
      status = 1;
      continue;
    }
    if (sh.state.vars.has(name)) sh.state.vars.delete(name);
    else if (!sh.bash) sh.state.functions.delete(name);
  }
  return status;
};

const local: BuiltinFn = async (sh, argv) => {
  const scope = sh.state.locals[sh.state.locals.length - 1];
  if (!scope || sh.functions === 0) {
    sh.error(sh.bash ? 'can only be used in a function' : 'not in a function');
    return sh.bash ? 1 : 2;
  }
  for (const arg of argv.slice(1)) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) {
      badName(sh, arg);
      continue;
    }
    if (!scope.has(name)) {
      const old = sh.state.vars.get(name);
      scope.set(name, old ? { ...old } : undefined);
    }
    if (eq >= 0) assign(sh, name, arg.slice(eq + 1));
    else if (sh.bash && !sh.state.vars.has(name)) sh.state.vars.set(name, { value: undefined, exported: false, readonly: false });
  }
  return 0;
};

const LONG: { readonly [name: string]: keyof ShellOptions } = {
  errexit: 'errexit',
  xtrace: 'xtrace',
  nounset: 'nounset',
  noglob: 'noglob',
  noclobber: 'noclobber',
  verbose: 'verbose',
  noexec: 'noexec',
  allexport: 'allexport',
  pipefail: 'pipefail',
};

/** Applies `set` flags; returns the index of the first positional argument, or an error status. */
export function applySetFlags(sh: Interpreter, args: readonly string[], onError: (flag: string) => void): number | undefined {
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return i + 1;
    if (a === '-' ) return i + 1;
    if (!/^[-+]/.test(a) || a.length < 2) return i;
    const on = a[0] === '-';
    if (a.slice(1) === 'o') {
      const name = args[++i];
      if (name === undefined) return undefined;
      const key = LONG[name];
      if (!key) {
        onError(name);
        return -1;
      }
      sh.state.options[key] = on;
      continue;
    }
    for (const letter of a.slice(1)) {
      const entry = OPTION_LETTERS.find(([l]) => l === letter);
      if (!entry) {
        onError(`${a[0]}${letter}`);
        return -1;
      }
      sh.state.options[entry[1]] = on;
    }
  }
  return i;
}

const set: BuiltinFn = async (sh, argv, io) => {
  const args = argv.slice(1);
  if (args.length === 0) {
    for (const [name, v] of sortedVars(sh, (v) => v.value !== undefined)) io.out(`${name}=${sh.bash ? quoteIfNeeded(v.value!) : singleQuote(v.value!)}\n`);
    return 0;
  }
  if (args.length === 1 && (args[0] === '-o' || args[0] === '+o')) {
    for (const [name, key] of Object.entries(LONG).sort()) io.out(args[0] === '-o' ? `${name.padEnd(15)}\t${sh.state.options[key] ? 'on' : 'off'}\n` : `set ${sh.state.options[key] ? '-' : '+'}o ${name}\n`);
    return 0;
  }
  const start = applySetFlags(sh, args, (flag) => {
    sh.error(sh.bash ? `${flag}: invalid option` : `illegal option ${flag}`);
  });
  if (start === undefined) return 0;
  if (start < 0) {
    if (sh.bash) return 2;
    throw new ShellAbort(2);
  }
  if (start < args.length || args[start - 1] === '--') sh.state.positional = args.slice(start);
  return 0;
};

function quoteIfNeeded(value: string): string {
  return /^[A-Za-z0-9_./:@%+,=-]*$/.test(value) && value !== '' ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

const declare: BuiltinFn = async (sh, argv, io) => {
  const flags = new Set<string>();
  const names: string[] = [];
  for (const a of argv.slice(1)) {
    if (/^[-+][a-zA-Z]+$/.test(a)) for (const f of a.slice(1)) flags.add(a[0] === '+' ? `+${f}` : f);
    else names.push(a);
  }
  if (names.length === 0 || flags.has('p')) {
    const pick = names.length ? (n: string) => names.includes(n) : () => true;
    for (const [name, v] of sortedVars(sh, () => true)) {
      if (!pick(name)) continue;
      const attrs = `${v.readonly ? 'r' : ''}${v.exported ? 'x' : ''}` || '-';
      io.out(`declare -${attrs === '-' ? '-' : attrs} ${name}${v.value === undefined ? '' : `=${doubleQuote(v.value)}`}\n`);
    }
    return 0;
  }
  for (const arg of names) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) {
      badName(sh, arg);
      continue;
    }
    if (eq >= 0) assign(sh, name, flags.has('i') ? String(sh.arith(arg.slice(eq + 1))) : arg.slice(eq + 1));
    let v = sh.state.vars.get(name);
    if (!v) sh.state.vars.set(name, (v = { value: undefined, exported: false, readonly: false }));
    if (flags.has('x')) v.exported = true;
    if (flags.has('+x')) v.exported = false;
    if (flags.has('r')) v.readonly = true;
  }
  return 0;
};

const letCmd: BuiltinFn = async (sh, argv) => {
  if (argv.length < 2) {
    sh.error('expression expected');
    return 1;
  }
  let value = 0n;
  for (const expr of argv.slice(1)) value = sh.arith(expr);
  return value === 0n ? 1 : 0;
};

const getopts: BuiltinFn = async (sh, argv) => {
  const spec = argv[1];
  const varName = argv[2];
  if (spec === undefined || varName === undefined) {
    sh.error('usage: getopts optstring var [arg]');
    return 2;
  }
  const params = argv.length > 3 ? argv.slice(3) : sh.state.positional;
  const silent = spec.startsWith(':');
  let optind = Number(sh.state.get('OPTIND') ?? '1') || 1;
  let offset = Number(sh.state.get('_GETOPTS_POS') ?? '1');
  const arg = params[optind - 1];
  if (arg === undefined || !arg.startsWith('-') || arg === '-') {
    sh.state.set(varName, '?');
    return 1;
  }
  if (arg === '--') {
    sh.state.set('OPTIND', String(optind + 1));
    sh.state.set(varName, '?');
    return 1;
  }
  const letter = arg[offset] ?? '';
  const advance = (): void => {
    if (offset + 1 >= arg.length) {
      optind++;
      offset = 1;
    } else offset++;
  };
  const at = spec.indexOf(letter);
  sh.state.unset('OPTARG');
  if (letter === ':' || at < 0) {
    advance();
    if (silent) sh.state.set('OPTARG', letter);
    else sh.error(`illegal option -- ${letter}`);
    sh.state.set(varName, '?');
  } else if (spec[at + 1] === ':') {
    let value = arg.slice(offset + 1);
    optind++;
    offset = 1;
    if (value === '') {
      const next = params[optind - 1];
      if (next === undefined) {
        if (silent) {
          sh.state.set('OPTARG', letter);
          sh.state.set(varName, ':');
        } else {
          sh.error(`option requires an argument -- ${letter}`);
          sh.state.set(varName, '?');
        }
        sh.state.set('OPTIND', String(optind));
        sh.state.set('_GETOPTS_POS', '1');
        return 0;
      }
      value = next;
      optind++;
    }
    sh.state.set('OPTARG', value);
    sh.state.set(varName, letter);
  } else {
    advance();
    sh.state.set(varName, letter);
  }
  sh.state.set('OPTIND', String(optind));
  sh.state.set('_GETOPTS_POS', String(offset));
  sh.state.vars.get('_GETOPTS_POS')!.exported = false;
  return 0;
};

/** Variable and option builtins. */
export const VARS: { readonly [name: string]: Builtin } = {
  export: { run: declareAttr('exported'), special: true },
  readonly: { run: declareAttr('readonly'), special: true },
  unset: { run: unset, special: true },
  set: { run: set, special: true },
  local: { run: local },
  let: { run: letCmd },
  getopts: { run: getopts },
  declare: { run: declare },
  typeset: { run: declare },
};
