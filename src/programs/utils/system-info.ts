/**
 * @module
 * Who and where am I: `hostname`, `whoami`, `id`, `uname`, `nproc`, `pwd` — answered from the
 * process (user, hostname, working directory), /etc/passwd and /etc/group, and the host kernel.
 */
import type { ProcessContext } from '../types.js';
import { complain, options } from './common.js';
import type { Tool } from './tool.js';

interface Account {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

function table(ctx: ProcessContext, file: string): string[][] {
  try {
    return new TextDecoder()
      .decode(ctx.fs.readFile(file))
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

/** The account of `uid` in /etc/passwd. */
export function accountOf(ctx: ProcessContext, uid: number): Account | undefined {
  const row = table(ctx, '/etc/passwd').find((f) => Number(f[2]) === uid);
  return row ? { name: row[0]!, uid, gid: Number(row[3]) } : undefined;
}

/** The name of group `gid` in /etc/group. */
export function groupName(ctx: ProcessContext, gid: number): string | undefined {
  return table(ctx, '/etc/group').find((f) => Number(f[2]) === gid)?.[0];
}

/** A user or group by name or number (`chown`). */
export function lookupUser(ctx: ProcessContext, name: string): number | undefined {
  if (/^\d+$/.test(name)) return Number(name);
  const row = table(ctx, '/etc/passwd').find((f) => f[0] === name);
  return row ? Number(row[2]) : undefined;
}

/** A group by name or number. */
export function lookupGroup(ctx: ProcessContext, name: string): number | undefined {
  if (/^\d+$/.test(name)) return Number(name);
  const row = table(ctx, '/etc/group').find((f) => f[0] === name);
  return row ? Number(row[2]) : undefined;
}

/** `hostname`: the container's hostname. */
export const hostname: Tool = async (ctx) => {
  ctx.stdout.write(`${ctx.hostname}\n`);
  return 0;
};

/** `whoami`: the user's name. */
export const whoami: Tool = async (ctx, flavour) => {
  const account = accountOf(ctx, ctx.user.uid);
  if (!account) {
    complain(ctx, flavour, flavour === 'gnu' ? `cannot find name for user ID ${ctx.user.uid}` : `unknown uid ${ctx.user.uid}`);
    return 1;
  }
  ctx.stdout.write(`${account.name}\n`);
  return 0;
};

/** `id`: user, group and groups. */
export const id: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'ugnrG' }, '[-ugGnr] [USER]');
  if (!parsed) return 1;
  const { uid, gid } = ctx.user;
  const user = accountOf(ctx, uid)?.name;
  const group = groupName(ctx, gid);
  const label = (n: number, name: string | undefined): string => (name ? `${n}(${name})` : String(n));
  const extra = table(ctx, '/etc/group')
    .filter((f) => Number(f[2]) !== gid && user !== undefined && (f[3] ?? '').split(',').includes(user))
    .map((f) => [Number(f[2]), f[0]!] as const);
  const groups = [[gid, group] as const, ...extra];
  const o = parsed.opts;
  if (o.has('u')) ctx.stdout.write(`${o.has('n') ? (user ?? uid) : uid}\n`);
  else if (o.has('g')) ctx.stdout.write(`${o.has('n') ? (group ?? gid) : gid}\n`);
  else if (o.has('G')) ctx.stdout.write(`${groups.map(([n, name]) => (o.has('n') ? (name ?? n) : n)).join(' ')}\n`);
  else ctx.stdout.write(`uid=${label(uid, user)} gid=${label(gid, group)} groups=${groups.map(([n, name]) => label(n, name)).join(',')}\n`);
  return 0;
};

/** `uname [-asnrvm]`: the host kernel. */
export const uname: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'asnrvmpio', long: { all: 'a', 'kernel-name': 's', 'nodename': 'n', 'kernel-release': 'r', 'kernel-version': 'v', machine: 'm', processor: 'p', 'hardware-platform': 'i', 'operating-system': 'o' } }, '[-amnrspvio]');
  if (!parsed) return 1;
  const o = parsed.opts;
  const k = ctx.kernel;
  const all = o.has('a');
  const gnu = flavour === 'gnu';
  const fields: string[] = [];
  if (all || o.has('s') || o.size === 0) fields.push('Linux');
  if (all || o.has('n')) fields.push(ctx.hostname);
  if (all || o.has('r')) fields.push(k.release);
  if (all || o.has('v')) fields.push(k.version);
  if (all || o.has('m')) fields.push(k.machine);
  if ((all && gnu) || o.has('p')) fields.push(gnu ? k.machine : 'unknown');
  if ((all && gnu) || o.has('i')) fields.push(gnu ? k.machine : 'unknown');
  if (all || o.has('o')) fields.push(gnu ? 'GNU/Linux' : 'Linux');
  ctx.stdout.write(`${fields.join(' ')}\n`);
  return 0;
};

/** `nproc`: the host's CPUs. */
export const nproc: Tool = async (ctx) => {
  ctx.stdout.write(`${ctx.kernel.cpus}\n`);
  return 0;
};

/** `pwd`: the working directory (`$PWD` when it is right). */
export const pwd: Tool = async (ctx) => {
  const logical = ctx.env['PWD'];
  ctx.stdout.write(`${logical && logical.startsWith('/') && ctx.argv[1] !== '-P' && safeReal(ctx, logical) === safeReal(ctx, ctx.cwd) ? logical : ctx.cwd}\n`);
  return 0;
};

function safeReal(ctx: ProcessContext, path: string): string {
  try {
    return ctx.fs.realpath(path);
  } catch {
    return path;
  }
}
