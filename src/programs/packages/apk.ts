/**
 * @module
 * `apk` (apk-tools 2.14, Alpine): `add` (with `--no-cache`, `--update`, `--virtual`), `del`,
 * `update`, `info` and `--version`. Adding fetches the repositories' indexes, installs the
 * packages and their dependencies in order with apk's `(i/n) Installing name (version)` lines,
 * writes their executables, records them in /lib/apk/db/installed and /etc/apk/world, and ends
 * with `OK: N MiB in M packages` — taking virtual time for each fetch and package. An unknown
 * package is apk's `unable to select packages` error, exit 1, with nothing installed.
 */
import type { ProcessContext, Program } from '../types.js';
import { ALPINE_PACKAGES, resolveDependencies } from './index-data.js';
import { readText } from '../utils/text-file.js';
import { installFiles, removeFiles } from './install.js';

const DB = '/lib/apk/db/installed';
const WORLD = '/etc/apk/world';
/** KiB the base system's packages take (the index knows only what it can add). */
const BASE_KIB = 7_800;

function installed(ctx: ProcessContext): string[] {
  return [...readText(ctx.fs, DB).matchAll(/^P:(.+)$/gm)].map((m) => m[1]!);
}

function repositories(ctx: ProcessContext): string[] {
  return readText(ctx.fs, '/etc/apk/repositories').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

async function fetchIndexes(ctx: ProcessContext, quiet: boolean): Promise<void> {
  for (const repo of repositories(ctx)) {
    if (!quiet) ctx.stdout.write(`fetch ${repo}/x86_64/APKINDEX.tar.gz\n`);
    await ctx.clock.sleep(400);
  }
}

function summary(ctx: ProcessContext): string {
  const names = installed(ctx);
  const kib = BASE_KIB + names.reduce((n, p) => n + (ALPINE_PACKAGES[p]?.size ?? 0), 0);
  return `OK: ${Math.ceil(kib / 1024)} MiB in ${names.length} packages\n`;
}

function stanza(name: string, version: string, description: string): string {
  return `\nC:Q1${name.length}dockersim=\nP:${name}\nV:${version}\nA:x86_64\nT:${description}\nU:https://alpinelinux.org\nL:MIT\no:${name}\n`;
}

function setWorld(ctx: ProcessContext, update: (names: Set<string>) => void): void {
  const names = new Set(readText(ctx.fs, WORLD).split('\n').filter(Boolean));
  update(names);
  ctx.fs.writeFile(WORLD, `${[...names].sort().join('\n')}\n`);
}

function virtualVersion(now: number): string {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}.${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

async function add(ctx: ProcessContext, args: readonly string[]): Promise<number> {
  const names: string[] = [];
  let virtual: string | undefined;
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--virtual' || a === '-t') virtual = args[++i];
    else if (a === '-q' || a === '--quiet') quiet = true;
    else if (!a.startsWith('-')) names.push(a.replace(/[<>=~].*$/, ''));
  }
  await fetchIndexes(ctx, quiet);
  const { order, missing } = resolveDependencies(ALPINE_PACKAGES, names);
  if (missing.length > 0) {
    ctx.stderr.write(`ERROR: unable to select packages:\n${missing.map((m) => `  ${m} (no such package):\n    required by: world[${m}]\n`).join('')}`);
    return missing.length;
  }
  const have = new Set(installed(ctx));
  const todo = order.filter((n) => !have.has(n));
  const total = todo.length + (virtual ? 1 : 0);
  let db = readText(ctx.fs, DB);
  for (const [i, name] of todo.entries()) {
    const info = ALPINE_PACKAGES[name]!;
    if (!quiet) ctx.stdout.write(`(${i + 1}/${total}) Installing ${name} (${info.version})\n`);
    await ctx.clock.sleep(50 + Math.ceil(info.size / 100));
    installFiles(ctx.fs, name, info);
    db += stanza(name, info.version, info.description);
  }
  if (virtual) {
    const version = virtualVersion(ctx.clock.now());
    if (!quiet) ctx.stdout.write(`(${total}/${total}) Installing ${virtual} (${version})\n`);
    db += stanza(virtual, version, 'virtual meta package');
  }
  ctx.fs.writeFile(DB, db);
  setWorld(ctx, (world) => {
    if (virtual) world.add(virtual);
    else for (const n of names) world.add(n);
  });
  if (total > 0 && !quiet) ctx.stdout.write('Executing busybox-1.37.0-r12.trigger\n');
  if (!quiet) ctx.stdout.write(summary(ctx));
  return 0;
}

async function del(ctx: ProcessContext, names: readonly string[]): Promise<number> {
  const world = new Set(readText(ctx.fs, WORLD).split('\n').filter(Boolean));
  for (const n of names) world.delete(n);
  const keep = new Set(resolveDependencies(ALPINE_PACKAGES, [...world]).order);
  const removable = installed(ctx).filter((n) => ALPINE_PACKAGES[n] && !keep.has(n));
  const purge = removable.filter((n) => names.includes(n) || resolveDependencies(ALPINE_PACKAGES, names).order.includes(n)).reverse();
  let db = readText(ctx.fs, DB);
  for (const [i, name] of purge.entries()) {
    const info = ALPINE_PACKAGES[name]!;
    ctx.stdout.write(`(${i + 1}/${purge.length}) Purging ${name} (${info.version})\n`);
    await ctx.clock.sleep(20);
    removeFiles(ctx.fs, info);
    db = db.replace(stanza(name, info.version, info.description), '');
  }
  ctx.fs.writeFile(DB, db);
  setWorld(ctx, (w) => names.forEach((n) => w.delete(n)));
  if (purge.length > 0) ctx.stdout.write('Executing busybox-1.37.0-r12.trigger\n');
  ctx.stdout.write(summary(ctx));
  return 0;
}

/** The `apk` program. */
export const apk: Program = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '--no-cache' && a !== '--no-progress');
  const update = args.includes('--update') || args.includes('-U');
  const rest = args.filter((a) => a !== '--update' && a !== '-U');
  const [command, ...operands] = rest;
  if (command === '--version' || command === '-V') {
    ctx.stdout.write('apk-tools 2.14.6, compiled for x86_64.\n');
    return 0;
  }
  if (ctx.user.uid !== 0 && command !== 'info' && command !== undefined) {
    ctx.stderr.write('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
    return 99;
  }
  switch (command) {
    case 'add':
      if (update) await fetchIndexes(ctx, true);
      if (operands.filter((o) => !o.startsWith('-')).length === 0) {
        ctx.stdout.write(summary(ctx));
        return 0;
      }
      return add(ctx, operands);
    case 'del':
      return del(ctx, operands.filter((o) => !o.startsWith('-')));
    case 'update': {
      await fetchIndexes(ctx, false);
      const release = readText(ctx.fs, '/etc/alpine-release').trim() || '3.21.3';
      for (const [i, repo] of repositories(ctx).entries()) ctx.stdout.write(`v${release}-${52 - i}-g${(0x1d8d3e9a4d + i * 977).toString(16).slice(0, 10)} [${repo}]\n`);
      ctx.stdout.write('OK: 25256 distinct packages available\n');
      return 0;
    }
    case 'info': {
      const names = installed(ctx);
      if (operands.length === 0) {
        ctx.stdout.write(names.map((n) => `${n}\n`).join(''));
        return 0;
      }
      for (const n of operands) {
        const info = ALPINE_PACKAGES[n];
        if (!info || !names.includes(n)) continue;
        ctx.stdout.write(`${n}-${info.version} description:\n${info.description}\n\n${n}-${info.version} installed size:\n${info.size} KiB\n\n`);
      }
      return 0;
    }
    default:
      ctx.stdout.write('apk-tools 2.14.6, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n\nPackage installation and removal:\n  add        Add packages to WORLD and commit changes\n  del        Remove packages from WORLD and commit changes\n\nSystem maintenance:\n  update     Update repository indexes\n\nQuerying package information:\n  info       Give detailed information about packages or repositories\n\nThis apk has coffee making abilities.\n');
      return command === undefined ? 0 : 1;
  }
};
