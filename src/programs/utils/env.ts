/**
 * @module
 * `env` (print the environment, or run a command in a changed one — replacing itself, so
 * `#!/usr/bin/env node` leaves `node` as the process) and `printenv`.
 */
import { ExecError } from '../types.js';
import { complain } from './common.js';
import type { Tool } from './tool.js';

/** `env [-i] [NAME=VALUE]... [COMMAND]`. */
export const env: Tool = async (ctx, flavour) => {
  let args = ctx.argv.slice(1);
  let environment: { [name: string]: string } = { ...ctx.env };
  while (args.length > 0) {
    const a = args[0]!;
    if (a === '-i' || a === '-' || a === '--ignore-environment') environment = {};
    else if (a === '-u' || a === '--unset') {
      delete environment[args[1] ?? ''];
      args = args.slice(1);
    } else if (a.startsWith('-u')) delete environment[a.slice(2)];
    else if (a === '--') {
      args = args.slice(1);
      break;
    } else break;
    args = args.slice(1);
  }
  while (args[0]?.includes('=') && !args[0].startsWith('=')) {
    const a = args.shift()!;
    const eq = a.indexOf('=');
    environment[a.slice(0, eq)] = a.slice(eq + 1);
  }
  if (args.length === 0) {
    ctx.stdout.write(Object.entries(environment).map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  try {
    // execvp searches the PATH it was given; without one, the C library's default.
    return ctx.execve(args, { env: environment, searchPath: environment['PATH'] ?? '/usr/local/bin:/bin:/usr/bin' });
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    const missing = error.code === 'ENOTFOUND_IN_PATH' || error.code === 'ENOENT';
    complain(ctx, flavour, flavour === 'gnu' ? `'${args[0]}': ${missing ? 'No such file or directory' : 'Permission denied'}` : `can't execute '${args[0]}': ${missing ? 'No such file or directory' : 'Permission denied'}`);
    return missing ? 127 : 126;
  }
};

/** `printenv [NAME]...`. */
export const printenv: Tool = async (ctx) => {
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    ctx.stdout.write(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  let status = 0;
  for (const name of names) {
    const value = ctx.env[name];
    if (value === undefined) status = 1;
    else ctx.stdout.write(`${value}\n`);
  }
  return status;
};
